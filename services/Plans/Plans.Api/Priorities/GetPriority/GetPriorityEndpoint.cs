using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;

namespace Plans.Api.Priorities.GetPriority;

internal static class GetPriorityEndpoint
{
    public static RouteHandlerBuilder MapGetPriority(this RouteGroupBuilder priorities) =>
        priorities.MapGet("/{id:guid}", Handle)
            .WithName("GetPriority")
            .WithSummary("One priority.");

    private static async Task<Ok<PriorityResponse>> Handle(Guid id, PlansDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(PriorityResponse.From(await db.FindOrThrowAsync(id, cancellationToken)));
}
