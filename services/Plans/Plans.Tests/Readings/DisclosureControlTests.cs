using System.Net;
using System.Net.Http.Json;
using Plans.Api.Readings;
using Plans.Api.Readings.ListReadingSources;
using Plans.Api.Reports.QuarterlyReport;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;
using Platform.Contracts;
using Prevent.Contracts;

namespace Plans.Tests.Readings;

/// <summary>
/// Prevent referrals counted from real events, read back as a scrutiny member, a partner system and an analyst would
/// (decision 0025): the small count is withheld everywhere it leaves Plans, and cannot be worked out from what is shown.
/// </summary>
public class DisclosureControlTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    /// <summary>2025-Q2: Breckland had 2 referrals, every other district 5 or more; 43 in the county.</summary>
    private static readonly Dictionary<string, int> ReferralsByDistrict = new()
    {
        [Districts.Norwich] = 9,
        [Districts.Breckland] = 2,
        [Districts.Broadland] = 6,
        [Districts.GreatYarmouth] = 5,
        [Districts.KingsLynnWestNorfolk] = 7,
        [Districts.NorthNorfolk] = 8,
        [Districts.SouthNorfolk] = 6,
    };

    private Guid measureId;
    private Guid triggerMeasureId;

    [Fact]
    public async Task A_district_with_two_referrals_is_withheld_from_a_scrutiny_member_and_a_partner_system_and_cannot_be_worked_out()
    {
        await CountReferralsAsync();

        foreach (var reader in new[] { plans.Scrutiny(), plans.Client(Roles.PartnerSystem) })
        {
            var readings = (await reader.GetFromJsonAsync<List<ReadingResponse>>($"/api/plans/measures/{measureId}/readings", TestJson.Options))!;

            // Every area of the quarter is listed (a missing district would say "none here"), without update times.
            Assert.Equal(8, readings.Count);
            Assert.All(readings, r => Assert.Null(r.UpdatedAt));
            var byArea = readings.ToDictionary(r => r.Area);
            Assert.True(byArea[Districts.Breckland].Withheld);
            Assert.Null(byArea[Districts.Breckland].Value);
            Assert.Equal(43m, byArea[Districts.County].Value);

            // The county less the districts shown leaves the withheld districts' sum, and more than one of them.
            var withheld = readings.Where(r => r.Area != Districts.County && r.Withheld).ToList();
            Assert.True(withheld.Count >= 2, "a lone withheld district follows from the county total");
            Assert.Equal(
                withheld.Sum(r => ReferralsByDistrict[r.Area]),
                43 - readings.Where(r => r.Area != Districts.County && !r.Withheld).Sum(r => (int)r.Value!.Value));
            Assert.All(withheld, r => Assert.Null(r.Value));
        }
    }

    [Fact]
    public async Task An_analyst_sees_the_exact_counts()
    {
        await CountReferralsAsync();

        var readings = (await plans.Analyst().GetFromJsonAsync<List<ReadingResponse>>($"/api/plans/measures/{measureId}/readings", TestJson.Options))!;

        Assert.Equal(2m, readings.Single(r => r.Area == Districts.Breckland).Value);
        Assert.All(readings, r => Assert.False(r.Withheld));
        Assert.All(readings, r => Assert.NotNull(r.UpdatedAt));
    }

    [Fact]
    public async Task The_csv_and_the_quarterly_report_withhold_the_same_figures()
    {
        await CountReferralsAsync();
        var listed = (await plans.Scrutiny().GetFromJsonAsync<List<ReadingResponse>>($"/api/plans/measures/{measureId}/readings", TestJson.Options))!
            .ToDictionary(r => r.Area, r => r.Value);

        var csv = await plans.Scrutiny().GetStringAsync($"/api/plans/readings.csv?measureId={measureId}");
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, row => Assert.Equal(listed[row[4]]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", row[5]));
        Assert.Equal(["", "derived", "true"], rows.Single(row => row[4] == Districts.Breckland)[5..]);

        var report = (await plans.Scrutiny().GetFromJsonAsync<QuarterlyReport>("/api/plans/reports/quarterly?period=2025-Q2", TestJson.Options))!;
        var progress = report.Outcomes.SelectMany(o => o.Measures).Single(m => m.MeasureId == measureId);
        Assert.True(progress.DisclosureControlled);
        Assert.Equal(7, progress.Districts.Count);
        Assert.All(progress.Districts.Append(progress.County), series => Assert.Equal(listed[series.Area], series.Values[^1]));
        Assert.True(progress.Districts.Single(s => s.Area == Districts.Breckland).Withheld[^1]);

        var page = await plans.Scrutiny().GetStringAsync("/api/plans/reports/quarterly.html?period=2025-Q2");
        Assert.Contains("[c]", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_events_behind_a_controlled_reading_are_for_analysts_and_only_as_counts_per_day()
    {
        await CountReferralsAsync();
        var path = $"/api/plans/measures/{measureId}/readings/2025-Q2/{Districts.Breckland}/sources";

        var scrutiny = await plans.Scrutiny().GetAsync(path);
        var partner = await plans.Client(Roles.PartnerSystem).GetAsync(path);
        var analyst = await plans.Analyst().GetFromJsonAsync<ReadingSourcePage>(path, TestJson.Options);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (scrutiny.StatusCode, partner.StatusCode));
        Assert.Empty(analyst!.Items);
        Assert.Equal(2, analyst.CountsByDay!.Sum(d => d.Count));
    }

    [Fact]
    public async Task The_classification_comes_from_the_counted_event_s_contract()
    {
        await CountReferralsAsync();

        var prevent = await plans.Scrutiny().GetFromJsonAsync<Plans.Api.Measures.MeasureResponse>($"/api/plans/measures/{measureId}", TestJson.Options);
        var trigger = await plans.Scrutiny().GetFromJsonAsync<Plans.Api.Measures.MeasureResponse>($"/api/plans/measures/{triggerMeasureId}", TestJson.Options);

        Assert.True(prevent!.DisclosureControlled);
        Assert.False(trigger!.DisclosureControlled);
    }

    /// <summary>Defines the measures and publishes the referrals once per test class (tests share the database).</summary>
    private async Task CountReferralsAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (SharedMeasure is { } existing)
            {
                (measureId, triggerMeasureId) = existing;
                return;
            }

            var outcome = (await plans.DefineOutcomeAsync()).Id;
            measureId = (await plans.DefineMeasureAsync(outcome, derivedFrom: "prevent-referrals", name: "Number of Prevent referrals", direction: "neutral")).Id;
            triggerMeasureId = (await plans.DefineMeasureAsync(outcome, derivedFrom: "trigger-applications", direction: "neutral")).Id;
            var day = new DateTimeOffset(2025, 5, 12, 9, 0, 0, TimeSpan.Zero);
            var referrals = ReferralsByDistrict
                .SelectMany(pair => Enumerable.Range(0, pair.Value).Select(i => new PreventReferralReceived
                {
                    OccurredAt = day.AddDays(i),
                    ReferralId = Guid.NewGuid(),
                    Sector = "education",
                    AgeBand = "15-17",
                    District = pair.Key,
                }))
                .ToList();
            foreach (var referral in referrals)
            {
                await plans.PublishAsync(referral, referral.EventId);
            }

            Assert.True(
                await Eventually.TrueAsync(() => Task.FromResult(referrals.All(r => plans.Consumed.Completed(r.EventId) >= 1)), TimeSpan.FromSeconds(30)),
                "the consumers did not count every referral");
            SharedMeasure = (measureId, triggerMeasureId);
        }
        finally
        {
            Setup.Release();
        }
    }

    private static readonly SemaphoreSlim Setup = new(1, 1);

    private static (Guid, Guid)? SharedMeasure;
}
