using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace CommunityTrigger.Api.Cases.CloseCase;

internal static class CloseCaseEndpoint
{
    public static RouteHandlerBuilder MapCloseCase(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/close", Handle)
            .WithName("CloseCase")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Close a case once its appeal is decided or its appeal window has passed.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, Changes<TriggerCase> cases, CaseClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id, ifMatch: null, "case-closed", (triggerCase, now) => triggerCase.Close(now), cancellationToken)));
}
