using Microsoft.AspNetCore.Http.HttpResults;
using Plans.Api.Data;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Actions.GetAction;

internal static class GetActionEndpoint
{
    public static RouteHandlerBuilder MapGetAction(this RouteGroupBuilder actions) =>
        actions.MapGet("/{id:guid}", Handle)
            .WithName("GetAction")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One action with its status as set and as reported; its ETag is the version to send back as If-Match.");

    private static async Task<Ok<ActionResponse>> Handle(
        Guid id, PlansDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var action = await db.FindActionOrThrowAsync(id, cancellationToken);
        response.SetETag(action.Version);
        return TypedResults.Ok(ActionResponse.From(action, clock.Today()));
    }
}
