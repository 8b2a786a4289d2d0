using System.ComponentModel.DataAnnotations;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace Funding.Api.Grants.CloseGrant;

public sealed record CloseGrantRequest(
    [property: Required, StringLength(4000, MinimumLength = 3)] string Impact,
    [property: Required, StringLength(4000, MinimumLength = 3)] string AddedValue);

internal static class CloseGrantEndpoint
{
    public static RouteHandlerBuilder MapCloseGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/closure", Handle)
            .WithName("CloseGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Close a funded project with its outcome: Impact and Added Value, as the partnership reports them.");

    private static async Task<Ok<GrantResponse>> Handle(Guid id, CloseGrantRequest request, Changes<Grant> grants, CancellationToken cancellationToken) =>
        TypedResults.Ok(GrantResponse.From(await grants.ApplyAsync(
            id, null, "grant-closed", (grant, now) => grant.Close(request.Impact, request.AddedValue, now), cancellationToken)));
}
