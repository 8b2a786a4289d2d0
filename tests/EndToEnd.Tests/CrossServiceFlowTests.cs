using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;

namespace EndToEnd.Tests;

/// <summary>
/// Work done in one service shows up where a user of Plans looks for it, through the gateway: a Prevent referral in the
/// derived Prevent-referrals reading, a commissioned Domestic Homicide Review in the reviews-commissioned reading, and
/// its agreed recommendation as an action on the composite action plan under the seeded Serious Violence priority.
/// Both counts are disclosure-controlled (decision 0025): an analyst reads them exactly, a scrutiny member sees a small
/// district count withheld.
/// </summary>
public class CrossServiceFlowTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(30);

    /// <summary>How often a reader polls: well inside the gateway's per-user rate limit (600 a minute) however long it waits.</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_police_referral_to_Prevent_counts_once_in_the_Prevent_referrals_reading_for_its_district_and_the_county()
    {
        const string district = Districts.GreatYarmouth;
        var officer = platform.ThroughGateway(Agencies.Opcc, Roles.Analyst, "plans-reader-prevent-e2e");
        var measure = await DerivedMeasureAsync(officer, "prevent-referrals");
        var quarter = QuarterOf(UkToday());
        var before = await ReadingsAsync(officer, measure, quarter, district, Districts.County, Districts.Breckland);

        var police = platform.PolicePartnerSystem();
        var referral = PreventRequests.Referral("Alex Crossservice", district, sector: "police", referrerAgency: Agencies.Constabulary);
        var key = Guid.NewGuid().ToString();
        var created = await PreventRequests.SubmitReferralAsync(police, referral, key);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        await AssertReadingsBecomeAsync(officer, measure, quarter, before, (district, 1), (Districts.County, 1), (Districts.Breckland, 0));

        var retried = await PreventRequests.SubmitReferralAsync(police, referral, key);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(await IdOfAsync(created), await IdOfAsync(retried));
        // A different referral after the retry: once it has counted, so would have anything the retry published.
        var another = await PreventRequests.SubmitReferralAsync(
            police, PreventRequests.Referral("Sam Crossservice", district, sector: "police", referrerAgency: Agencies.Constabulary), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, another.StatusCode);

        await AssertReadingsBecomeAsync(officer, measure, quarter, before, (district, 2), (Districts.County, 2), (Districts.Breckland, 0));
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for a late duplicate to land
        var exact = await ReadingsAsync(officer, measure, quarter, district, Districts.County, Districts.Breckland);
        Assert.Equal(Expected(before, (district, 2), (Districts.County, 2), (Districts.Breckland, 0)), exact);

        // The same reading through the gateway to a scrutiny member: a count under 5 is withheld, never shown.
        var scrutiny = platform.ThroughGateway(Agencies.Opcc, Roles.ScrutinyMember, "plans-scrutiny-prevent-e2e");
        var shown = (await scrutiny.GetFromJsonAsync<JsonElement>($"/api/plans/measures/{measure}/readings?area={district}"))
            .EnumerateArray().Single(r => r.GetProperty("period").GetString() == quarter);
        if (exact[district] < 5)
        {
            Assert.True(shown.GetProperty("withheld").GetBoolean(), $"{exact[district]} shown to a scrutiny member: {shown}");
            Assert.Equal(JsonValueKind.Null, shown.GetProperty("value").ValueKind);
        }
    }

    [Fact]
    public async Task A_commissioned_review_counts_in_the_reviews_commissioned_reading_and_its_agreed_recommendation_is_one_serious_violence_action()
    {
        const string district = Districts.NorthNorfolk;
        var officer = platform.ThroughGateway(Agencies.Opcc, Roles.PartnershipOfficer, "plans-reader-reviews-e2e");
        var analyst = platform.ThroughGateway(Agencies.Opcc, Roles.Analyst, "plans-analyst-reviews-e2e");
        var seriousViolence = await SeriousViolencePriorityAsync(officer);
        var measure = await DerivedMeasureAsync(officer, "reviews-commissioned");
        var quarter = QuarterOf(ReviewRequests.Today); // counted in the quarter of the decision, which is made today
        var before = await ReadingsAsync(analyst, measure, quarter, district, Districts.County);

        var manager = platform.ReviewManager();
        var (review, reference) = await ReviewRequests.NotifyAsync(platform.PolicePartnerSystem(), district);
        await ReviewRequests.DecideToCommissionAsync(manager, review);
        await ReviewRequests.CommissionAsync(manager, review);
        var recommendation = await ReviewRequests.ProposeRecommendationAsync(manager, review, "Share MARAC outcomes with the victim's GP within two working days.");
        await ReviewRequests.AgreeRecommendationAsync(manager, review, recommendation);

        await AssertReadingsBecomeAsync(analyst, measure, quarter, before, (district, 1), (Districts.County, 1));
        Assert.True(
            await Eventually.TrueAsync(async () => await PausedAsync((await CompositeActionPlanAsync(officer)).Any(a => FromReview(a, reference))), Propagation),
            $"no action from review {reference} on the composite action plan");
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for a duplicate to land
        var action = Assert.Single(await CompositeActionPlanAsync(officer), a => FromReview(a, reference));
        Assert.Equal(
            (seriousViolence, recommendation, "norfolk-waveney-icb"),
            (action.GetProperty("priorityId").GetGuid(), action.GetProperty("sourceRecommendationId").GetGuid(), action.GetProperty("ownerAgency").GetString()));
    }

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

    private static bool FromReview(JsonElement action, string reference) =>
        action.GetProperty("sourceReviewReference").GetString() == reference;

    /// <summary>The seeded measure derived from <paramref name="derivedFrom"/>, as the measures list shows it.</summary>
    private static async Task<Guid> DerivedMeasureAsync(HttpClient officer, string derivedFrom)
    {
        var page = await officer.GetFromJsonAsync<JsonElement>("/api/plans/measures?limit=200");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextAfter").ValueKind); // every measure is on the one page
        var measure = Assert.Single(page.GetProperty("items").EnumerateArray(), m => m.GetProperty("derivedFrom").GetString() == derivedFrom);
        return measure.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> SeriousViolencePriorityAsync(HttpClient officer)
    {
        var page = await officer.GetFromJsonAsync<JsonElement>("/api/plans/priorities?limit=200");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextAfter").ValueKind);
        var priority = Assert.Single(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("code").GetString() == "serious-violence");
        return priority.GetProperty("id").GetGuid();
    }

    private static async Task<IReadOnlyList<JsonElement>> CompositeActionPlanAsync(HttpClient officer)
    {
        var actions = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/composite-action-plan?limit=200{(after is null ? "" : "&after=" + after)}");
            actions.AddRange(page.GetProperty("items").EnumerateArray());
            after = page.GetProperty("nextAfter").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextAfter").GetString();
        }
        while (after is not null);

        return actions;
    }

    /// <summary>The measure's reading in <paramref name="quarter"/> for each area, 0 where there is none yet.</summary>
    private static async Task<Dictionary<string, decimal>> ReadingsAsync(HttpClient officer, Guid measure, string quarter, params string[] areas)
    {
        var values = new Dictionary<string, decimal>();
        foreach (var area in areas)
        {
            var readings = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/measures/{measure}/readings?area={area}");
            values[area] = readings.EnumerateArray()
                .Where(r => r.GetProperty("period").GetString() == quarter && r.GetProperty("area").GetString() == area)
                .Select(r => r.GetProperty("value").GetDecimal())
                .SingleOrDefault();
        }

        return values;
    }

    private static Dictionary<string, decimal> Expected(Dictionary<string, decimal> before, params (string Area, int Added)[] changes) =>
        changes.ToDictionary(c => c.Area, c => before[c.Area] + c.Added);

    private static async Task AssertReadingsBecomeAsync(
        HttpClient officer, Guid measure, string quarter, Dictionary<string, decimal> before, params (string Area, int Added)[] changes)
    {
        var expected = Expected(before, changes);
        var areas = changes.Select(c => c.Area).ToArray();
        var last = before;
        var reached = await Eventually.TrueAsync(async () =>
        {
            last = await ReadingsAsync(officer, measure, quarter, areas);
            return await PausedAsync(expected.All(e => last[e.Key] == e.Value));
        }, Propagation);
        Assert.True(reached, $"{quarter} readings: expected {Show(expected)}, last saw {Show(last)}");
    }

    /// <summary>Waits <see cref="PollEvery"/> before a condition that does not yet hold is tried again.</summary>
    private static async Task<bool> PausedAsync(bool holds)
    {
        if (!holds)
        {
            await Task.Delay(PollEvery);
        }

        return holds;
    }

    private static string Show(Dictionary<string, decimal> values) =>
        string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key}={v.Value}")));

    private static DateOnly UkToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    private static string QuarterOf(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-Q{((day.Month - 1) / 3) + 1}");
}
