using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.RecordFollowUp;

internal static class RecordFollowUpEndpoint
{
    public static RouteHandlerBuilder MapRecordFollowUp(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/follow-ups/{months:int}", Handle)
            .WithName("RecordFollowUp")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Records the 6- or 12-month follow-up review after exit.");

    private static async Task<Ok<ReferralResponse>> Handle(
        Guid id, int months, FollowUpRequest request, Changes<Referral> referrals, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(
            id,
            ifMatch: null, "follow-up-recorded", (referral, _) => referral.RecordFollowUp(months, request.HeldOn!.Value, request.Note), cancellationToken)));
}

public sealed record FollowUpRequest([property: Required] DateOnly? HeldOn, [property: Required, StringLength(4000, MinimumLength = 2)] string Note);
