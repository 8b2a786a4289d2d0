using System.Net;
using System.Net.Http.Json;
using Platform.Contracts;
using Platform.Testing;
using Prevent.Api.Domain;
using Prevent.Api.Statistics.QuarterlyStatistics;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Statistics;

/// <summary>Counts for everyone, never detail; any cell under 5 withheld.</summary>
public class QuarterlyStatisticsTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    private static readonly StatisticCell Suppressed = new(null, true);

    [Fact]
    public async Task A_quarter_is_counted_by_sector_district_age_band_and_outcome_with_small_numbers_suppressed()
    {
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
        var education = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            education.Add((await prevent.PartnerSystem().SubmittedAsync(Referral(name: $"Pupil Number{i}"))).Id);
        }

        for (var i = 0; i < 2; i++)
        {
            var health = Referral(Districts.Broadland, name: $"Patient Number{i}", dateOfBirth: "1980-01-01");
            health["sector"] = "health";
            await prevent.PartnerSystem().SubmittedAsync(health);
        }

        foreach (var id in education.Take(5))
        {
            await prevent.PoliceOfficer().ChangeAsync(id, "triage", new() { ["outcome"] = "no-further-action", ["reason"] = "No vulnerability." });
        }

        var analyst = prevent.As(Agencies.Opcc, Roles.Analyst);
        var statistics = await analyst.GetFromJsonAsync<QuarterlyStatisticsResponse>("/api/prevent/statistics/2025/q3", TestJson.Options);
        var nextQuarter = await analyst.GetFromJsonAsync<QuarterlyStatisticsResponse>("/api/prevent/statistics/2025/q4", TestJson.Options);

        Assert.Equal(new StatisticCell(8, false), statistics!.Referrals);
        Assert.Equal(new StatisticCell(6, false), statistics.BySector["education"]);
        Assert.Equal(Suppressed, statistics.BySector["health"]);
        Assert.Equal(Suppressed, statistics.BySector["police"]);
        Assert.Equal(new StatisticCell(6, false), statistics.ByDistrict[Districts.Norwich]);
        Assert.Equal(Suppressed, statistics.ByDistrict[Districts.Broadland]);
        Assert.Equal(new StatisticCell(6, false), statistics.ByAgeBand[AgeBands.From15To17]);
        Assert.Equal(new StatisticCell(5, false), statistics.ByOutcome["no-further-action"]);
        Assert.Equal(Suppressed, statistics.ByOutcome["awaiting-triage"]);
        Assert.Equal(new StatisticCell(5, false), statistics.ReturnedWithNoAction);
        Assert.Equal(Suppressed, statistics.ChannelReferrals);
        Assert.Equal(Suppressed, nextQuarter!.Referrals);
    }

    [Fact]
    public async Task A_lone_withheld_outcome_cannot_be_worked_out_from_the_total_or_from_the_repeated_outcome_figures()
    {
        prevent.Clock.Now = new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.Zero); // 2025-Q1, no other test's referrals
        var triages = new (string Outcome, int Count)[] { ("no-further-action", 5), ("signposted", 6), ("channel", 7), ("awaiting-triage", 2) };
        var n = 0;
        foreach (var (outcome, count) in triages)
        {
            for (var i = 0; i < count; i++)
            {
                var id = (await prevent.PartnerSystem().SubmittedAsync(Referral(name: $"Quarter One{n++}"))).Id;
                if (outcome != "awaiting-triage")
                {
                    await prevent.PoliceOfficer().ChangeAsync(id, "triage", new() { ["outcome"] = outcome, ["reason"] = "Assessed.", ["signpostedTo"] = "CAMHS" });
                }
            }
        }

        var statistics = await prevent.As(Agencies.Opcc, Roles.Analyst).GetFromJsonAsync<QuarterlyStatisticsResponse>("/api/prevent/statistics/2025/q1", TestJson.Options);

        Assert.Equal(new StatisticCell(20, false), statistics!.Referrals);
        Assert.Equal(Suppressed, statistics.ByOutcome["awaiting-triage"]);
        Assert.Equal(Suppressed, statistics.ByOutcome["no-further-action"]); // else 20 - 5 - 6 - 7 = 2 awaiting triage
        Assert.Equal(Suppressed, statistics.ReturnedWithNoAction);
        Assert.Equal(new StatisticCell(6, false), statistics.ByOutcome["signposted"]);
        Assert.Equal(new StatisticCell(7, false), statistics.ChannelReferrals);
    }

    [Fact]
    public async Task Statistics_need_a_sign_in_and_a_real_quarter()
    {
        var anonymous = await prevent.CreateClient().GetAsync("/api/prevent/statistics/2025/q3");
        var badQuarter = await prevent.As(Agencies.Opcc, Roles.Analyst).GetAsync("/api/prevent/statistics/2025/q5");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("quarter-invalid", (await badQuarter.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("rule").GetString());
    }
}
