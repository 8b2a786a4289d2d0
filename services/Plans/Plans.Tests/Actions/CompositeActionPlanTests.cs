using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Actions;
using Plans.Api.Domain;
using Plans.Tests.Infrastructure;
using Plans.Tests.Priorities;
using Platform.ServiceDefaults.Http;
using Reviews.Contracts;

namespace Plans.Tests.Actions;

/// <summary>Recommendations agreed in reviews, published over RabbitMQ, land on the Serious Violence work plan once.</summary>
public class CompositeActionPlanTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task A_recommendation_published_twice_and_republished_under_a_new_message_id_becomes_one_action()
    {
        var officer = plans.PartnershipOfficer();
        var seriousViolence = await officer.ProposeAsync("Serious violence", code: CompositeActionPlan.TargetPriorityCode);
        var agreed = Agreed("training");
        var republished = Guid.NewGuid();

        await plans.PublishAsync(agreed, agreed.EventId);
        await plans.PublishAsync(agreed, agreed.EventId);
        await plans.PublishAsync(agreed, republished);

        Assert.True(await Eventually.TrueAsync(
            () => Task.FromResult(plans.Consumed.Completed(agreed.EventId) == 2 && plans.Consumed.Completed(republished) == 1)),
            "every delivery should be handled and acknowledged");
        var action = Assert.Single(await CompositePlanAsync(), a => a.SourceRecommendationId == agreed.RecommendationId);
        Assert.Equal(seriousViolence.Id, action.PriorityId);
        Assert.Equal(
            ("DHR-2026-0001", agreed.Text, "norfolk-county-council", new DateOnly(2026, 9, 30), Enablers.SkilledWorkforce, ActionStatus.NotStarted),
            (action.SourceReviewReference, action.Description, action.OwnerAgency, action.DueOn, action.Enabler, action.ReportedStatus));
        var workPlan = await officer.GetFromJsonAsync<Page<ActionResponse>>($"/api/plans/priorities/{seriousViolence.Id}/actions", TestJson.Options);
        Assert.Contains(workPlan!.Items, a => a.Id == action.Id);
        await using var db = plans.NewDbContext();
        Assert.Equal(1, await db.DeliveryActions.CountAsync(a => a.SourceRecommendationId == agreed.RecommendationId));
    }

    [Fact]
    public async Task One_recommendation_republished_concurrently_under_many_message_ids_is_still_one_action()
    {
        var agreed = Agreed("policy-response");
        var messageIds = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(messageIds.Select(id => plans.PublishAsync(agreed, id)));

        Assert.True(await Eventually.TrueAsync(
            () => Task.FromResult(messageIds.All(id => plans.Consumed.Completed(id) == 1)), TimeSpan.FromSeconds(30)),
            "every copy should end up handled, a losing insert retried and skipped");
        await using var db = plans.NewDbContext();
        Assert.Equal(1, await db.DeliveryActions.CountAsync(a => a.SourceRecommendationId == agreed.RecommendationId));
    }

    [Fact]
    public async Task Each_recommendation_serves_the_enabler_its_category_maps_to()
    {
        var awareness = Agreed("awareness-raising");
        var process = Agreed("process-improvement");

        await plans.PublishAsync(awareness, awareness.EventId);
        await plans.PublishAsync(process, process.EventId);

        Assert.True(await Eventually.TrueAsync(async () => (await CompositePlanAsync()).Count(a =>
            a.SourceRecommendationId == awareness.RecommendationId || a.SourceRecommendationId == process.RecommendationId) == 2));
        var plan = await CompositePlanAsync();
        Assert.Equal(Enablers.PublicAwareness, plan.Single(a => a.SourceRecommendationId == awareness.RecommendationId).Enabler);
        Assert.Equal(Enablers.EffectiveInterventions, plan.Single(a => a.SourceRecommendationId == process.RecommendationId).Enabler);
    }

    internal static ReviewRecommendationAgreed Agreed(string category) => new()
    {
        OccurredAt = PlansApiFactory.DefaultNow,
        RecommendationId = Guid.NewGuid(),
        ReviewReference = "DHR-2026-0001",
        Kind = "smart-action",
        Category = category,
        Text = "Adult Social Care to train all duty staff in coercive control, as Adult A's contacts showed.",
        OwnerAgency = "norfolk-county-council",
        DueOn = new DateOnly(2026, 9, 30),
        AgreedOn = new DateOnly(2026, 1, 10),
    };

    internal static async Task<List<ActionResponse>> CompositePlanAsync(HttpClient client)
    {
        var all = new List<ActionResponse>();
        Guid? after = null;
        do
        {
            var page = await client.GetFromJsonAsync<Page<ActionResponse>>(
                $"/api/plans/composite-action-plan?limit=200{(after is null ? "" : $"&after={after}")}", TestJson.Options);
            all.AddRange(page!.Items);
            after = page.NextAfter;
        }
        while (after is not null);

        return all;
    }

    private Task<List<ActionResponse>> CompositePlanAsync() => CompositePlanAsync(plans.PartnershipOfficer());
}

/// <summary>Before the Serious Violence priority exists, a recommendation still becomes an action, on no priority.</summary>
public class CompositeActionPlanWithoutPriorityTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task A_recommendation_agreed_before_the_target_priority_exists_is_listed_with_no_priority()
    {
        var agreed = CompositeActionPlanTests.Agreed("management-grip");

        await plans.PublishAsync(agreed, agreed.EventId);

        Assert.True(await Eventually.TrueAsync(async () =>
            (await CompositeActionPlanTests.CompositePlanAsync(plans.PartnershipOfficer())).Any(a => a.SourceRecommendationId == agreed.RecommendationId)));
        var action = Assert.Single(await CompositeActionPlanTests.CompositePlanAsync(plans.PartnershipOfficer()));
        Assert.Null(action.PriorityId);
        Assert.Equal(("DHR-2026-0001", ActionStatus.NotStarted), (action.SourceReviewReference, action.Status));
    }
}
