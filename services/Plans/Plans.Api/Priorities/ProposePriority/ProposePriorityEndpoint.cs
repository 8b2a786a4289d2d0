using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Audit;

namespace Plans.Api.Priorities.ProposePriority;

internal static class ProposePriorityEndpoint
{
    public static RouteHandlerBuilder MapProposePriority(this RouteGroupBuilder priorities) =>
        priorities.MapPost("/", Handle)
            .WithName("ProposePriority")
            .WithSummary("Propose a priority drawn from the strategic assessment.");

    private static async Task<Created<PriorityResponse>> Handle(
        ProposePriorityRequest request, PlansDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var priority = Priority.Propose(
            request.Title, request.Description, request.StrategicTheme, request.SponsorAgency, request.LeadOfficer,
            request.DeliveryGroup, clock.GetUtcNow());
        db.Priorities.Add(priority);
        audit.Record(db, "priority-proposed", nameof(Priority), priority.Id.ToString(), after: PriorityResponse.From(priority));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/plans/priorities/{priority.Id}", PriorityResponse.From(priority));
    }
}
