using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Outcomes.DefineOutcome;

internal static class DefineOutcomeEndpoint
{
    public static RouteHandlerBuilder MapDefineOutcome(this RouteGroupBuilder outcomes) =>
        outcomes.MapPost("/", Handle)
            .WithName("DefineOutcome")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Define a long-term outcome of the plan, by its number in the plan.");

    private static async Task<Created<OutcomeResponse>> Handle(
        DefineOutcomeRequest request, PlansDbContext db, Changes<Outcome> outcomes, CancellationToken cancellationToken)
    {
        if (await db.Outcomes.AnyAsync(o => o.Number == request.Number, cancellationToken))
        {
            throw new RuleViolationException("outcome-number-taken", $"There is already an outcome {request.Number}.");
        }

        var outcome = await outcomes.AddAsync(now => Outcome.Define(request.Number, request.Title, now), "outcome-defined", cancellationToken);
        return TypedResults.Created($"/api/plans/outcomes/{outcome.Id}", OutcomeResponse.From(outcome));
    }
}
