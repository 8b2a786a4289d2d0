using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace CommunityTrigger.Api.Cases.DecideThreshold;

internal static class DecideThresholdEndpoint
{
    public static RouteHandlerBuilder MapDecideThreshold(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/threshold-decision", Handle)
            .WithName("DecideThreshold")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Apply the threshold rules in force on the receipt date; records the version and why each complaint did or did not count.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, Changes<TriggerCase> cases, ThresholdRuleBook rules, CaseClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id, ifMatch: null, "threshold-decided", (triggerCase, now) => triggerCase.DecideThreshold(rules, now), cancellationToken)));
}
