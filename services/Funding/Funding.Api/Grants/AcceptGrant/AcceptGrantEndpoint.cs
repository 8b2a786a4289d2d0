using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Grants.AcceptGrant;

internal static class AcceptGrantEndpoint
{
    public static RouteHandlerBuilder MapAcceptGrant(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/acceptance", Handle)
            .WithName("AcceptGrant")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The grantee accepts the grant agreement (offer and conditions); the grant is then published.");

    private static async Task<Ok<GrantResponse>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, Changes<Grant> grants, CancellationToken cancellationToken) =>
        TypedResults.Ok(GrantResponse.From(await grants.ApplyAsync(id, ifMatch, "grant-accepted", (grant, now) => grant.Accept(now), cancellationToken)));
}
