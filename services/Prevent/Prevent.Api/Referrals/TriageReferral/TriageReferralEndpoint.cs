using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.TriageReferral;

internal static class TriageReferralEndpoint
{
    public static RouteHandlerBuilder MapTriageReferral(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/triage", Handle)
            .WithName("TriageReferral")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Police gateway assessment: no further action, signposted (name the service), or on to Channel. Once only.");

    /// <summary>Police triage without seeing who the person is, so the answer is the referral's status, not the case.</summary>
    private static async Task<Ok<ReferralStatusResponse>> Handle(
        Guid id, TriageRequest request, Changes<Referral> referrals, PreventDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var change = referrals.Start(await db.FindOrThrowAsync(id, _ => user.MayTriage(), cancellationToken), ifMatch: null);
        change.Aggregate.RecordTriage(request.Outcome!.Value, request.Reason, request.SignpostedTo, user.Id, change.Now);
        await change.SaveAsync("referral-triaged", cancellationToken);
        return TypedResults.Ok(ReferralStatusResponse.From(change.Aggregate));
    }
}

public sealed record TriageRequest(
    [property: Required] TriageOutcome? Outcome,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason,
    [property: StringLength(200)] string? SignpostedTo = null);
