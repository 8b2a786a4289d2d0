using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Priorities.GetPriority;

internal static class GetPriorityEndpoint
{
    public static RouteHandlerBuilder MapGetPriority(this RouteGroupBuilder priorities) =>
        priorities.MapGet("/{id:guid}", Handle)
            .WithName("GetPriority")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One priority; its ETag is the version to send back as If-Match when changing it.");

    private static async Task<Ok<PriorityResponse>> Handle(
        Guid id, PlansDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var priority = await db.FindOrThrowAsync(id, cancellationToken);
        response.SetETag(priority.Version);
        return TypedResults.Ok(PriorityResponse.From(priority));
    }
}
