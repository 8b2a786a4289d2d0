using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityTrigger.Api.Cases.CloseCase;

internal static class CloseCaseEndpoint
{
    public static RouteHandlerBuilder MapCloseCase(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/close", Handle)
            .WithName("CloseCase")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Close a case once its appeal is decided or its appeal window has passed.");

    private static async Task<Ok<CaseResponse>> Handle(Guid id, CaseChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "case-closed", (triggerCase, now) => triggerCase.Close(now), cancellationToken));
}
