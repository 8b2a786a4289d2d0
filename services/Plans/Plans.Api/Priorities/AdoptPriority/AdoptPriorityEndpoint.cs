using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Priorities.AdoptPriority;

internal static class AdoptPriorityEndpoint
{
    public static RouteHandlerBuilder MapAdoptPriority(this RouteGroupBuilder priorities) =>
        priorities.MapPost("/{id:guid}/adopt", Handle)
            .WithName("AdoptPriority")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Adopt a proposed priority into the plan; publishes PriorityAdopted.");

    private static async Task<Ok<PriorityResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, Changes<Priority> priorities,
        CancellationToken cancellationToken)
    {
        var priority = await priorities.ApplyAsync(
            id, ifMatch, "priority-adopted", (priority, now) => priority.Adopt(now), cancellationToken);
        return TypedResults.Ok(PriorityResponse.From(priority));
    }
}
