using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Api.DeliveryGroups;
using Plans.Api.Domain;
using Plans.Api.Measures;
using Plans.Api.Outcomes.ListOutcomes;
using Plans.Api.PartnershipPlans;
using Plans.Api.Priorities;
using Plans.Api.Reference.ListAgencies;
using Plans.Api.Reference.ListAreas;
using Plans.Tests.Actions;
using Plans.Tests.Infrastructure;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Prevent.Contracts;

namespace Plans.Tests.Reference;

public class ReferenceDataSeedTests(SeededPlansApiFactory plans) : IClassFixture<SeededPlansApiFactory>
{
    private sealed record Counts(
        int Areas, int Agencies, int Groups, int Priorities, int Plans, int Outcomes, int Measures, int AdoptedEvents, int PublishedEvents);

    private async Task<Counts> CountAsync()
    {
        await using var db = plans.NewDbContext();
        var outbox = db.Set<OutboxMessage>().AsNoTracking();
        return new Counts(
            await db.Areas.CountAsync(),
            await db.Agencies.CountAsync(),
            await db.DeliveryGroups.CountAsync(),
            await db.Priorities.CountAsync(),
            await db.Plans.CountAsync(),
            await db.Outcomes.CountAsync(),
            await db.Measures.CountAsync(),
            await outbox.CountAsync(m => m.MessageType == "csp:plans:priority-adopted:v1"),
            await outbox.CountAsync(m => m.MessageType == "csp:plans:plan-published:v1"));
    }

    [Fact]
    public async Task Starting_again_and_starting_two_replicas_together_never_duplicates_the_seed()
    {
        _ = plans.Server;
        var first = await CountAsync();
        Assert.Equal(new Counts(8, 14, 10, 8, first.Plans, 9, 43, 8, 1), first); // other tests here may add plan versions, never seeded rows
        Assert.True(first.Plans >= 1);

        await using (var restarted = plans.WithWebHostBuilder(_ => { }))
        {
            _ = restarted.Server;
        }

        Assert.Equal(first, await CountAsync());

        await using var replicaA = plans.WithWebHostBuilder(_ => { });
        await using var replicaB = plans.WithWebHostBuilder(_ => { });
        await Task.WhenAll(Task.Run(() => replicaA.Server), Task.Run(() => replicaB.Server));

        Assert.Equal(first, await CountAsync());
    }

    [Fact]
    public async Task A_seeded_priority_an_officer_has_retired_stays_retired_after_a_restart()
    {
        var officer = plans.Client(Roles.PartnershipOfficer);
        var waterSafety = await FindPriorityAsync(officer, "Water safety");
        foreach (var action in (await WorkPlanAsync(officer, waterSafety.Id)).Where(a => a.Status != ActionStatus.Complete))
        {
            (await officer.SetStatusAsync(action.Id, "complete", "Delivered")).EnsureSuccessStatusCode(); // a priority retires with its work plan done
        }

        (await officer.PostAsync($"/api/plans/priorities/{waterSafety.Id}/retire", null)).EnsureSuccessStatusCode();

        await using (var restarted = plans.WithWebHostBuilder(_ => { }))
        {
            _ = restarted.Server;
        }

        var after = await officer.GetFromJsonAsync<PriorityResponse>($"/api/plans/priorities/{waterSafety.Id}", TestJson.Options);
        Assert.Equal(PriorityStatus.Retired, after!.Status);
    }

    [Fact]
    public async Task The_districts_and_responsible_authorities_are_listed_by_name_with_their_slugs()
    {
        var reader = plans.Client(Roles.ScrutinyMember);

        var areas = await reader.GetFromJsonAsync<List<AreaResponse>>("/api/plans/reference/areas", TestJson.Options);
        var agencies = await reader.GetFromJsonAsync<List<AgencyResponse>>("/api/plans/reference/agencies", TestJson.Options);

        Assert.Equal(Districts.County, areas![0].Slug);
        Assert.Equal(Districts.All.Order(), areas.Where(a => a.Kind == "district").Select(a => a.Slug).Order());
        Assert.Contains(areas, a => a is { Slug: Districts.KingsLynnWestNorfolk, Name: "King's Lynn and West Norfolk" });
        Assert.NotNull(agencies);
        Assert.Equal(Agencies.ResponsibleAuthorities.Order(), agencies.Select(a => a.Slug).Order());
        Assert.Contains(agencies, a => a is { Slug: Agencies.Opcc, Name: "Office of the Police and Crime Commissioner for Norfolk" });
        Assert.Equal(agencies.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(), agencies.Select(a => a.Name).ToList());
    }

    [Fact]
    public async Task The_2025_28_plan_is_published_with_its_eight_adopted_priorities_and_four_enablers()
    {
        var reader = plans.Client(Roles.ScrutinyMember);

        var published = await reader.GetFromJsonAsync<Page<PlanResponse>>("/api/plans/plans?status=published", TestJson.Options);

        var plan = Assert.Single(published!.Items, p => p.Title == "Safer Norfolk Plan 2025–28");
        Assert.Equal((2025, 2028, 1), (plan.StartYear, plan.EndYear, plan.VersionNumber));
        Assert.Equal(Enablers.All, plan.Enablers);
        Assert.Equal(8, plan.PriorityIds.Count);
        var priorities = await reader.GetFromJsonAsync<Page<PriorityResponse>>("/api/plans/priorities?status=adopted&limit=200", TestJson.Options);
        Assert.Subset(plan.PriorityIds.ToHashSet(), priorities!.Items.Where(p => p.Title != "Water safety").Select(p => p.Id).ToHashSet());
        var groups = await reader.GetFromJsonAsync<Page<DeliveryGroupResponse>>("/api/plans/delivery-groups?limit=200", TestJson.Options);
        var groupNames = groups!.Items.ToDictionary(g => g.Id, g => g.Name);
        var seriousViolence = Assert.Single(priorities.Items, p => p.Code == "serious-violence");
        Assert.Equal("Domestic Abuse and Sexual Violence Group", groupNames[seriousViolence.DeliveryGroupId!.Value]);
        Assert.Equal("Place-Based Crime and ASB Forum", groupNames[Assert.Single(priorities.Items, p => p.Code == "place-based-crime-and-asb").DeliveryGroupId!.Value]);
        Assert.Equal(
            ["drugs-and-alcohol", "fraud", "modern-slavery-and-exploitation", "place-based-crime-and-asb", "road-safety", "serious-violence",
             "violent-extremism-and-cohesion"],
            priorities.Items.Select(p => p.Code).OfType<string>().Where(c => c != "water-safety").Order(StringComparer.Ordinal).ToList());
    }

    private static async Task<IReadOnlyList<Api.Actions.ActionResponse>> WorkPlanAsync(HttpClient client, Guid priorityId) =>
        (await client.GetFromJsonAsync<Page<Api.Actions.ActionResponse>>($"/api/plans/priorities/{priorityId}/actions?limit=200", TestJson.Options))!.Items;

    [Fact]
    public async Task The_seeded_plan_can_be_refreshed_like_any_published_plan()
    {
        var officer = plans.Client(Roles.PartnershipOfficer);
        var published = await officer.GetFromJsonAsync<Page<PlanResponse>>("/api/plans/plans?status=published", TestJson.Options);
        var plan = Assert.Single(published!.Items);

        var refreshed = await officer.PostAsync($"/api/plans/plans/{plan.Id}/refresh", null);

        var draft = (await refreshed.Content.ReadFromJsonAsync<PlanResponse>(TestJson.Options))!;
        Assert.Equal((2, plan.Id), (draft.VersionNumber, draft.PreviousVersionId));
    }

    [Fact]
    public async Task The_2021_24_outcomes_and_measures_are_readable_with_their_directions()
    {
        var reader = plans.Client(Roles.ScrutinyMember);

        var outcomes = await reader.GetFromJsonAsync<OutcomePage>("/api/plans/outcomes?limit=200", TestJson.Options);
        var measures = await reader.GetFromJsonAsync<Page<MeasureResponse>>("/api/plans/measures?limit=200", TestJson.Options);

        Assert.Equal(Enumerable.Range(1, 9), outcomes!.Items.Select(o => o.Number).Order());
        Assert.Equal("Reduce reoffending", Assert.Single(outcomes.Items, o => o.Number == 5).Title);
        var byName = measures!.Items.ToLookup(m => m.Name);
        Assert.Equal(MeasureDirection.Neutral, Assert.Single(byName["Hate crime reported to the police"]).Direction); // A1.2's example
        Assert.Equal(MeasureDirection.Neutral, Assert.Single(byName["Number of domestic abuse crimes reported"]).Direction);
        Assert.Equal(MeasureDirection.Down, Assert.Single(byName["Number of homicides"]).Direction);
        Assert.Equal(MeasureDirection.Up, Assert.Single(byName["Number of sexual offence reports resulting in a conviction"]).Direction);
        Assert.Equal(2, byName["Anti-social behaviour reported to police and councils"].Count()); // in outcomes 1 and 2, as in Appendix 1
        Assert.Equal(
            ["channel-adoptions", "police-recorded-crime", "police-recorded-crime", "police-recorded-crime", "police-recorded-crime", "prevent-referrals",
             "reviews-commissioned", "reviews-not-commissioned", "trigger-applications", "trigger-case-reviews"],
            measures.Items.Select(m => m.DerivedFrom).OfType<string>().Order(StringComparer.Ordinal));
        Assert.All(measures.Items.Where(m => m.DerivedFrom is null), m => Assert.False(string.IsNullOrWhiteSpace(m.Source)));
    }

    [Fact]
    public async Task A_seeded_event_fed_measure_counts_the_events_it_names()
    {
        // Exact counts: an analyst (what others see of these disclosure-controlled figures is tested in Readings).
        var reader = plans.Client(Roles.Analyst);
        var measures = await reader.GetFromJsonAsync<Page<MeasureResponse>>("/api/plans/measures?limit=200", TestJson.Options);
        var channel = Assert.Single(measures!.Items, m => m.DerivedFrom == "channel-adoptions");
        var adopted = new ChannelCaseAdopted
        {
            OccurredAt = new DateTimeOffset(2025, 10, 2, 9, 0, 0, TimeSpan.Zero),
            ReferralId = Guid.NewGuid(),
            District = Districts.Norwich,
            AgeBand = "15-17",
            PanelHeldOn = new DateOnly(2025, 9, 30),
        };

        await plans.PublishAsync(adopted, adopted.EventId);

        Assert.True(await Eventually.TrueAsync(async () =>
        {
            var readings = await reader.GetFromJsonAsync<JsonElement>($"/api/plans/measures/{channel.Id}/readings");
            return readings.EnumerateArray().Any(r =>
                r.GetProperty("period").GetString() == "2025-Q3" && r.GetProperty("area").GetString() == Districts.Norwich &&
                r.GetProperty("value").GetDecimal() == 1m);
        }), "the seeded Channel measure never counted the adoption");
    }

    private static async Task<PriorityResponse> FindPriorityAsync(HttpClient client, string title)
    {
        var page = await client.GetFromJsonAsync<Page<PriorityResponse>>("/api/plans/priorities?limit=200", TestJson.Options);
        return Assert.Single(page!.Items, p => p.Title == title);
    }
}
