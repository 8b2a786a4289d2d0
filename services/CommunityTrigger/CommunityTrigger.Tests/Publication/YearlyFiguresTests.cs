using System.Net;
using System.Net.Http.Json;
using CommunityTrigger.Api.Publication.YearlyFigures;
using CommunityTrigger.Tests.Infrastructure;
using Platform.Contracts;
using static CommunityTrigger.Tests.Infrastructure.TriggerRequests;

namespace CommunityTrigger.Tests.Publication;

/// <summary>The yearly figures against a fixture counted by hand (its own database, so nothing else is counted).</summary>
public class YearlyFiguresTests(YearlyFiguresFixture fixture) : IClassFixture<YearlyFiguresFixture>
{
    private readonly CommunityTriggerApiFactory trigger = fixture.Trigger;

    [Fact]
    public async Task The_2025_figures_match_the_hand_count_per_district_and_county_wide()
    {
        var figures = await trigger.Public().GetFromJsonAsync<YearlyFigures>("/api/community-trigger/publication/2025", TestJson.Options);

        Assert.Equal(new DistrictFigures(Districts.Norwich, 3, 1, 3, 2), figures!.Districts.Single(d => d.District == Districts.Norwich));
        Assert.Equal(new DistrictFigures(Districts.Breckland, 2, 1, 0, 0), figures.Districts.Single(d => d.District == Districts.Breckland));
        Assert.Equal(new DistrictFigures(Districts.County, 5, 2, 3, 2), figures.County);
        Assert.Equal(7, figures.Districts.Count);
        Assert.All(figures.Districts.Where(d => d.District is not (Districts.Norwich or Districts.Breckland)),
            d => Assert.Equal(new DistrictFigures(d.District, 0, 0, 0, 0), d));
    }

    [Fact]
    public async Task The_figures_count_each_step_in_the_year_it_happened()
    {
        var figures = await trigger.Public().GetFromJsonAsync<YearlyFigures>("/api/community-trigger/publication/2024", TestJson.Options);

        Assert.Equal(new DistrictFigures(Districts.County, 1, 0, 0, 0), figures!.County);
    }

    [Fact]
    public async Task The_figures_come_as_csv_for_spreadsheets()
    {
        var response = await trigger.Public().GetAsync("/api/community-trigger/publication/2025?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,district,applications_received,threshold_not_met,reviews_carried_out,reviews_with_recommendations", lines[0]);
        Assert.Contains("2025,norwich,3,1,3,2", lines);
        Assert.Equal("2025,county,5,2,3,2", lines[^1]);
        Assert.Equal(9, lines.Length);
    }

    [Theory]
    [InlineData("/api/community-trigger/publication/2013", "year")]
    [InlineData("/api/community-trigger/publication/2026", "year")]
    [InlineData("/api/community-trigger/publication/2025?format=xlsx", "format")]
    public async Task Years_outside_the_scheme_and_unknown_formats_are_a_400_naming_the_parameter(string path, string field)
    {
        var response = await trigger.Public().GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

/// <summary>Seeds the hand-counted fixture once for the class, in a database of its own.</summary>
public sealed class YearlyFiguresFixture : IAsyncLifetime
{
    public CommunityTriggerApiFactory Trigger { get; } = new();

    /// <summary>
    /// 2025: Norwich receives 3 (A met, reviewed with 2 recommendations; B met, reviewed with none; C not met);
    /// Breckland receives 2 (D not met; E still pending). December 2024: Norwich F, met, reviewed in January 2025
    /// with one recommendation. Hand count for 2025: Norwich 3 received, 1 not met, 3 reviews, 2 with
    /// recommendations; Breckland 2, 1, 0, 0; county 5, 2, 3, 2. For 2024: Norwich 1 received, nothing else.
    /// </summary>
    public async Task InitializeAsync()
    {
        await Trigger.InitializeAsync();
        var norwich = Trigger.Spoc(Districts.Norwich);
        var breckland = Trigger.Spoc(Districts.Breckland);
        Trigger.Clock.Now = new DateTimeOffset(2024, 12, 20, 10, 0, 0, TimeSpan.Zero);
        var f = await norwich.EnterAsync(Application(Districts.Norwich, ("2024-10-01", "2024-10-02"), ("2024-11-01", "2024-11-02"), ("2024-12-01", "2024-12-02")));
        await Decide(norwich, f.Case.Id);
        Trigger.Clock.Now = new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);
        await Review(norwich, f.Case.Id, "2025-01-14", recommendations: 1);

        Trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow;
        var a = await norwich.EnterAsync(Application(Districts.Norwich));
        var b = await norwich.EnterAsync(Application(Districts.Norwich));
        var c = await norwich.EnterAsync(Application(Districts.Norwich, ("2025-07-01", "2025-07-02")));
        var d = await breckland.EnterAsync(Application(Districts.Breckland, ("2025-07-01", "2025-07-02")));
        await breckland.EnterAsync(Application(Districts.Breckland));
        foreach (var (spoc, id) in new[] { (norwich, a.Case.Id), (norwich, b.Case.Id), (norwich, c.Case.Id), (breckland, d.Case.Id) })
        {
            await Decide(spoc, id);
        }

        Trigger.Clock.Now = CommunityTriggerApiFactory.DefaultNow.AddDays(10);
        await Review(norwich, a.Case.Id, "2025-07-24", recommendations: 2);
        await Review(norwich, b.Case.Id, "2025-07-24", recommendations: 0);
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)Trigger).DisposeAsync();

    private static async Task Decide(HttpClient spoc, Guid id) => await spoc.SucceedAsync($"/api/community-trigger/cases/{id}/threshold-decision");

    private static async Task Review(HttpClient spoc, Guid id, string heldOn, int recommendations)
    {
        await spoc.SucceedAsync($"/api/community-trigger/cases/{id}/review-meeting", new
        {
            heldOn,
            attendingAgencies = new[] { "norwich-city-council", "norfolk-constabulary" },
            agencyResponses = Array.Empty<object>(),
            unmetNeeds = (string?)null,
        });
        for (var i = 0; i < recommendations; i++)
        {
            await spoc.SucceedAsync($"/api/community-trigger/cases/{id}/recommendations", new { text = $"Recommendation {i + 1}", ownerAgency = "norfolk-constabulary", dueOn = "2025-12-31" });
        }
    }
}
