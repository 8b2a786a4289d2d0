using System.Net;
using System.Net.Http.Json;
using CommunityTrigger.Contracts;
using Plans.Api.Domain;
using Plans.Api.Readings;
using Plans.Api.Readings.ListReadingSources;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;
using Platform.Contracts;
using Prevent.Contracts;
using Reviews.Contracts;

namespace Plans.Tests.Readings;

/// <summary>Other services' real events, published over RabbitMQ, counted into derived readings exactly once.</summary>
public class DerivedReadingTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    private async Task<Guid> DerivedMeasureAsync(string key) =>
        (await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id, derivedFrom: key, direction: "neutral")).Id;

    /// <summary>The exact counts, as an analyst reads them (others see disclosure-controlled measures suppressed).</summary>
    private async Task<Dictionary<string, decimal>> ReadingsAsync(Guid measureId) =>
        (await plans.Analyst().GetFromJsonAsync<List<ReadingResponse>>($"/api/plans/measures/{measureId}/readings", TestJson.Options))!
        .ToDictionary(r => $"{r.Period} {r.Area}", r => r.Value!.Value);

    private async Task<bool> ReadingsAreAsync(Guid measureId, Dictionary<string, decimal> expected)
    {
        var actual = await ReadingsAsync(measureId);
        return actual.Count == expected.Count && expected.All(e => actual.GetValueOrDefault(e.Key) == e.Value);
    }

    private async Task DeliveredAsync(params (Guid MessageId, int Times)[] deliveries) =>
        Assert.True(
            await Eventually.TrueAsync(() => Task.FromResult(deliveries.All(d => plans.Consumed.Completed(d.MessageId) >= d.Times)), TimeSpan.FromSeconds(30)),
            "the consumers did not finish every delivery");

    private static PreventReferralReceived Referral(Guid referralId, string sector, string district, DateTimeOffset occurredAt) => new()
    {
        OccurredAt = occurredAt,
        ReferralId = referralId,
        Sector = sector,
        AgeBand = "15-17",
        District = district,
    };

    [Fact]
    public async Task Prevent_referrals_count_once_per_referral_per_area_in_the_quarter_of_their_England_date_and_by_sector()
    {
        var all = await DerivedMeasureAsync("prevent-referrals");
        var education = await DerivedMeasureAsync("prevent-referrals:education");
        // 23:30 UTC on 30 September is 00:30 on 1 October in England: the fourth quarter.
        var first = Referral(Guid.NewGuid(), "education", Districts.Norwich, new DateTimeOffset(2025, 9, 30, 23, 30, 0, TimeSpan.Zero));
        var republished = first with { EventId = Guid.NewGuid() }; // same referral, another message id
        var second = Referral(Guid.NewGuid(), "health", Districts.Breckland, new DateTimeOffset(2025, 8, 1, 9, 0, 0, TimeSpan.Zero));

        await plans.PublishAsync(first, first.EventId);
        await plans.PublishAsync(first, first.EventId); // a redelivery of the same message
        await plans.PublishAsync(republished, republished.EventId);
        await plans.PublishAsync(second, second.EventId);
        await DeliveredAsync((first.EventId, 2), (republished.EventId, 1), (second.EventId, 1));

        Assert.Equal(
            new Dictionary<string, decimal> { ["2025-Q3 breckland"] = 1, ["2025-Q3 county"] = 1, ["2025-Q4 county"] = 1, ["2025-Q4 norwich"] = 1 },
            await ReadingsAsync(all));
        Assert.Equal(
            new Dictionary<string, decimal> { ["2025-Q4 county"] = 1, ["2025-Q4 norwich"] = 1 },
            await ReadingsAsync(education));
        var readings = await plans.Analyst().GetFromJsonAsync<List<ReadingResponse>>($"/api/plans/measures/{all}/readings", TestJson.Options);
        Assert.All(readings!, r => Assert.Equal(ReadingOrigin.Derived, r.Origin));
    }

    [Fact]
    public async Task A_derived_reading_names_the_events_it_was_counted_from()
    {
        var measure = await DerivedMeasureAsync("prevent-referrals");
        var day = new DateTimeOffset(2025, 5, 10, 10, 0, 0, TimeSpan.Zero);
        var referrals = new[]
        {
            Referral(Guid.NewGuid(), "police", Districts.GreatYarmouth, day),
            Referral(Guid.NewGuid(), "other", Districts.NorthNorfolk, day),
            Referral(Guid.NewGuid(), "police", Districts.GreatYarmouth, day.AddDays(3)),
        };
        foreach (var referral in referrals)
        {
            await plans.PublishAsync(referral, referral.EventId);
        }

        await DeliveredAsync([.. referrals.Select(r => (r.EventId, 1))]);

        var county = await plans.Analyst().GetFromJsonAsync<ReadingSourcePage>(
            $"/api/plans/measures/{measure}/readings/2025-Q2/county/sources", TestJson.Options);
        var body = await plans.Analyst().GetStringAsync($"/api/plans/measures/{measure}/readings/2025-Q2/county/sources");

        // Prevent referrals are disclosure-controlled: no referral ids or arrival times, only how many arrived each day.
        Assert.Empty(county!.Items);
        Assert.All(referrals, r => Assert.DoesNotContain(r.ReferralId.ToString(), body, StringComparison.Ordinal));
        var arrived = Assert.Single(county.CountsByDay!);
        Assert.Equal(("prevent.referral-received.v1", 3), (arrived.EventType, arrived.Count));
        Assert.Equal(3m, (await ReadingsAsync(measure))["2025-Q2 county"]);
    }

    [Fact]
    public async Task Channel_adoptions_count_in_the_quarter_of_the_panel()
    {
        var measure = await DerivedMeasureAsync("channel-adoptions");
        var adopted = new ChannelCaseAdopted
        {
            OccurredAt = new DateTimeOffset(2025, 10, 2, 9, 0, 0, TimeSpan.Zero),
            ReferralId = Guid.NewGuid(),
            District = Districts.KingsLynnWestNorfolk,
            AgeBand = "18-20",
            PanelHeldOn = new DateOnly(2025, 9, 30),
        };

        await plans.PublishAsync(adopted, adopted.EventId);
        await plans.PublishAsync(adopted, adopted.EventId);
        await DeliveredAsync((adopted.EventId, 2));

        Assert.True(await ReadingsAreAsync(measure, new() { ["2025-Q3 county"] = 1, ["2025-Q3 kings-lynn-west-norfolk"] = 1 }));
    }

    [Fact]
    public async Task Community_Trigger_applications_and_case_reviews_count_by_their_own_dates()
    {
        var applications = await DerivedMeasureAsync("trigger-applications");
        var reviews = await DerivedMeasureAsync("trigger-case-reviews");
        var withRecommendations = await DerivedMeasureAsync("trigger-case-reviews-with-recommendations");
        var caseId = Guid.NewGuid();
        var application = new CommunityTriggerApplicationReceived
        {
            OccurredAt = new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero),
            CaseId = caseId,
            District = Districts.SouthNorfolk,
            Channel = "online",
            ReceivedOn = new DateOnly(2025, 3, 31),
            IncidentCount = 3,
            HateIncidentCount = 0,
        };
        var review = new CaseReviewCompleted
        {
            OccurredAt = new DateTimeOffset(2025, 5, 20, 8, 0, 0, TimeSpan.Zero),
            CaseId = caseId,
            District = Districts.SouthNorfolk,
            ReviewHeldOn = new DateOnly(2025, 5, 19),
            RecommendationCount = 2,
            RecommendationOwners = [Agencies.SouthNorfolkCouncil, Agencies.Constabulary],
        };
        var reviewWithout = review with { EventId = Guid.NewGuid(), CaseId = Guid.NewGuid(), RecommendationCount = 0, RecommendationOwners = [] };

        await plans.PublishAsync(application, application.EventId);
        await plans.PublishAsync(review, review.EventId);
        await plans.PublishAsync(review, review.EventId);
        await plans.PublishAsync(reviewWithout, reviewWithout.EventId);
        await DeliveredAsync((application.EventId, 1), (review.EventId, 2), (reviewWithout.EventId, 1));

        Assert.True(await ReadingsAreAsync(applications, new() { ["2025-Q1 county"] = 1, ["2025-Q1 south-norfolk"] = 1 }));
        Assert.True(await ReadingsAreAsync(reviews, new() { ["2025-Q2 county"] = 2, ["2025-Q2 south-norfolk"] = 2 }));
        Assert.True(await ReadingsAreAsync(withRecommendations, new() { ["2025-Q2 county"] = 1, ["2025-Q2 south-norfolk"] = 1 }));

        // Not disclosure-controlled: the analyst sees which cases were counted, one page at a time.
        var sources = await plans.Analyst().GetFromJsonAsync<ReadingSourcePage>(
            $"/api/plans/measures/{reviews}/readings/2025-Q2/county/sources?limit=1", TestJson.Options);
        Assert.Contains(Assert.Single(sources!.Items).SourceId, new[] { review.CaseId.ToString(), reviewWithout.CaseId.ToString() });
        Assert.NotNull(sources.NextAfter);
        Assert.Null(sources.CountsByDay);
    }

    [Fact]
    public async Task Reviews_commissioned_count_in_the_quarter_of_the_decision()
    {
        var measure = await DerivedMeasureAsync("reviews-commissioned");
        var commissioned = new ReviewCommissioned
        {
            OccurredAt = new DateTimeOffset(2025, 7, 3, 8, 0, 0, TimeSpan.Zero),
            ReviewId = Guid.NewGuid(),
            ReviewReference = "DHR-2025-0007",
            District = Districts.Broadland,
            DecidedOn = new DateOnly(2025, 6, 27),
            ChairAppointedOn = new DateOnly(2025, 7, 2),
            JointWithSafeguardingAdultsReview = false,
        };
        var republished = commissioned with { EventId = Guid.NewGuid() };

        await plans.PublishAsync(commissioned, commissioned.EventId);
        await plans.PublishAsync(republished, republished.EventId);
        await DeliveredAsync((commissioned.EventId, 1), (republished.EventId, 1));

        Assert.True(await ReadingsAreAsync(measure, new() { ["2025-Q2 broadland"] = 1, ["2025-Q2 county"] = 1 }));
        var sources = await plans.Analyst().GetStringAsync($"/api/plans/measures/{measure}/readings/2025-Q2/broadland/sources");
        Assert.DoesNotContain(commissioned.ReviewId.ToString(), sources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_not_to_commission_count_in_the_quarter_of_the_decision_once_per_review()
    {
        var measure = await DerivedMeasureAsync("reviews-not-commissioned");
        var decision = new ReviewNotCommissioned
        {
            OccurredAt = new DateTimeOffset(2025, 10, 2, 8, 0, 0, TimeSpan.Zero),
            ReviewId = Guid.NewGuid(),
            ReviewReference = "DHR-2025-0011",
            District = Districts.Norwich,
            NotifiedOn = new DateOnly(2025, 9, 1),
            DecidedOn = new DateOnly(2025, 9, 30),
            CriteriaMet = false,
        };
        var republished = decision with { EventId = Guid.NewGuid() };

        await plans.PublishAsync(decision, decision.EventId);
        await plans.PublishAsync(decision, decision.EventId);
        await plans.PublishAsync(republished, republished.EventId);
        await DeliveredAsync((decision.EventId, 2), (republished.EventId, 1));

        Assert.True(await ReadingsAreAsync(measure, new() { ["2025-Q3 county"] = 1, ["2025-Q3 norwich"] = 1 }));
    }

    [Fact]
    public async Task Many_events_at_once_for_the_same_readings_are_all_counted()
    {
        var measure = await DerivedMeasureAsync("trigger-applications");
        var events = Enumerable.Range(0, 60).Select(i => new CommunityTriggerApplicationReceived
        {
            OccurredAt = new DateTimeOffset(2025, 2, 1, 8, 0, 0, TimeSpan.Zero),
            CaseId = Guid.NewGuid(),
            District = Districts.All[i % Districts.All.Count],
            Channel = "online",
            ReceivedOn = new DateOnly(2024, 12, 30),
            IncidentCount = 3,
            HateIncidentCount = 0,
        }).ToList();

        await Task.WhenAll(events.Select(e => plans.PublishAsync(e, e.EventId)));
        await DeliveredAsync([.. events.Select(e => (e.EventId, 1))]);

        var readings = await ReadingsAsync(measure);
        Assert.Equal(60m, readings["2024-Q4 county"]);
        Assert.Equal(60m, Districts.All.Sum(d => readings.GetValueOrDefault($"2024-Q4 {d}")));
    }

    [Fact]
    public async Task An_unknown_measure_s_sources_are_a_404()
    {
        var response = await plans.Analyst().GetAsync($"/api/plans/measures/{Guid.NewGuid()}/readings/2025-Q1/county/sources");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
