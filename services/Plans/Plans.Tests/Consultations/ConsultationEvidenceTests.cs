using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Consultation.Contracts;
using Plans.Api.Readings;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;
using Plans.Tests.PartnershipPlans;

namespace Plans.Tests.Consultations;

/// <summary>
/// Plans consumes the Consultation service's events: a plan out to consultation records the consultation and its
/// published results as evidence, and a perception measure takes a published percentage as its reading.
/// </summary>
public class ConsultationEvidenceTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    [Fact]
    public async Task A_consultation_on_a_plan_and_its_published_results_show_against_the_plan_once_each_and_feed_a_perception_measure()
    {
        var officer = plans.PartnershipOfficer();
        var priority = await officer.PlanPriorityAsync("Making Norfolk streets safer");
        var plan = await officer.DraftPlanAsync(priority.Id);
        (await officer.TransitionAsync(plan.Id, "consult")).EnsureSuccessStatusCode();
        var afterDark = await plans.DefineMeasureAsync(
            (await plans.DefineOutcomeAsync("People feel safe")).Id, derivedFrom: "consultation:safe:out-after-dark", name: "Feel safe outside after dark", unit: "percent", direction: "up");
        var consultationId = Guid.NewGuid();
        var opened = new ConsultationOpened
        {
            OccurredAt = OutcomeRequests.Today, ConsultationId = consultationId, Title = "Police and Crime Plan and CSP priorities 2024",
            Owners = ["norfolk-opcc", "norfolk-county-council"], OpensOn = new DateOnly(2024, 9, 2), ClosesOn = new DateOnly(2024, 10, 28), PlanId = plan.Id,
        };
        var closed = new ConsultationClosed
        {
            OccurredAt = OutcomeRequests.Today, ConsultationId = consultationId, ClosedOn = new DateOnly(2024, 10, 28), PlanId = plan.Id,
            Respondents = 1_678, RespondentsByChannel = new Dictionary<string, int> { ["online"] = 1_650, ["paper"] = 28 },
        };
        var published = new ConsultationResultsPublished
        {
            OccurredAt = OutcomeRequests.Today, ConsultationId = consultationId, Title = opened.Title, PlanId = plan.Id,
            PublishedOn = new DateOnly(2024, 12, 2), ClosedOn = closed.ClosedOn, Respondents = 1_678,
            Rankings =
            [
                new RankedOption("priorities", "restore-trust", "Restore trust in policing", 3, 6.4m),
                new RankedOption("priorities", "prevention", "Focus on prevention", 1, 7.2m),
                new RankedOption("priorities", "safer-streets", "Making Norfolk streets safer", 2, 6.9m),
            ],
            Indicators = [new ResultIndicator("safe:out-after-dark", "Feel safe: outside after dark", 50.0m, 430)],
        };

        // Out of order (results before the opening) and redelivered: each sets what it knows, once.
        await plans.PublishAsync(published, published.EventId);
        await plans.PublishAsync(opened, opened.EventId);
        await plans.PublishAsync(closed, closed.EventId);
        await plans.PublishAsync(published, published.EventId);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(
            plans.Consumed.Completed(published.EventId) == 2 && plans.Consumed.Completed(opened.EventId) == 1 && plans.Consumed.Completed(closed.EventId) == 1)));

        var evidence = Assert.Single(await officer.GetFromJsonAsync<JsonElement[]>($"/api/plans/plans/{plan.Id}/consultations") ?? []);
        Assert.Equal(("results-published", 1_678, "2024-09-02", "2024-12-02"), (
            evidence.GetProperty("stage").GetString(), evidence.GetProperty("respondents").GetInt32(),
            evidence.GetProperty("opensOn").GetString(), evidence.GetProperty("resultsPublishedOn").GetString()));
        Assert.Equal(
            ["Focus on prevention", "Making Norfolk streets safer", "Restore trust in policing"],
            evidence.GetProperty("rankings").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        Assert.Equal(1_650, evidence.GetProperty("respondentsByChannel").GetProperty("online").GetInt32());

        var readings = await plans.Scrutiny().GetFromJsonAsync<List<ReadingResponse>>($"/api/plans/measures/{afterDark.Id}/readings", TestJson.Options);
        var reading = Assert.Single(readings!);
        Assert.Equal(("2024-Q4", "county", 50.0m), (reading.Period.ToString(), reading.Area, reading.Value));

        var sources = await plans.Analyst().GetFromJsonAsync<JsonElement>($"/api/plans/measures/{afterDark.Id}/readings/2024-Q4/county/sources");
        Assert.Contains(consultationId.ToString(), sources.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_of_a_plan_that_does_not_exist_is_a_404_and_every_consultation_is_listed()
    {
        var missing = await plans.PartnershipOfficer().GetAsync($"/api/plans/plans/{Guid.NewGuid()}/consultations");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await plans.ClientWithToken(null).GetAsync("/api/plans/consultations")).StatusCode);

        var opened = new ConsultationOpened
        {
            OccurredAt = OutcomeRequests.Today, ConsultationId = Guid.NewGuid(), Title = "Community Safety & Serious Violence Survey 2024",
            Owners = ["norfolk-county-council"], OpensOn = new DateOnly(2024, 6, 3), ClosesOn = new DateOnly(2024, 7, 29),
        };
        await plans.PublishAsync(opened, opened.EventId);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(plans.Consumed.Completed(opened.EventId) == 1)));
        var all = await plans.Scrutiny().GetFromJsonAsync<JsonElement[]>("/api/plans/consultations") ?? [];
        var survey = Assert.Single(all, e => e.GetProperty("consultationId").GetGuid() == opened.ConsultationId);
        Assert.Equal("open", survey.GetProperty("stage").GetString());
    }
}
