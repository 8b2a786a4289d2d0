using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Priorities.ProposePriority;

internal static class ProposePriorityEndpoint
{
    public static RouteHandlerBuilder MapProposePriority(this RouteGroupBuilder priorities) =>
        priorities.MapPost("/", Handle)
            .WithName("ProposePriority")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Propose a priority drawn from the strategic assessment, optionally with a unique code and its delivery group.");

    private static async Task<Created<PriorityResponse>> Handle(
        ProposePriorityRequest request, PlansDbContext db, Changes<Priority> priorities, CancellationToken cancellationToken)
    {
        if (request.DeliveryGroupId is { } groupId)
        {
            await db.EnsureDeliveryGroupExistsAsync(groupId, cancellationToken);
        }

        if (request.Code is { } code && await db.Priorities.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw CodeTaken(code);
        }

        var assessment = request.AssessmentYear is { } year
            ? await db.StrategicAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.Year == year, cancellationToken)
              ?? throw new RuleViolationException(
                  "unknown-assessment", $"assessmentYear: there is no strategic assessment for {year}.", RuleViolationKind.BusinessRule)
            : null;
        var priority = await priorities.AddAsync(
            now => Priority.Propose(
                request.Title, request.Description, request.StrategicTheme, request.SponsorAgency, request.LeadOfficer,
                request.DeliveryGroupId, now, request.Code, assessment, request.Answers),
            "priority-proposed",
            cancellationToken,
            duplicate: () => CodeTaken(request.Code));
        return TypedResults.Created($"/api/plans/priorities/{priority.Id}", PriorityResponse.From(priority));
    }

    private static RuleViolationException CodeTaken(string? code) =>
        new("priority-code-taken", $"Another priority already has the code '{code}'.");
}
