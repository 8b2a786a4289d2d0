using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.WithdrawConsent;

internal static class WithdrawConsentEndpoint
{
    public static RouteHandlerBuilder MapWithdrawConsent(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/consent/withdrawal", Handle)
            .WithName("WithdrawConsent")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Channel is voluntary: withdrawn consent closes the case and stops unfinished interventions.");

    private static async Task<Ok<ReferralResponse>> Handle(Guid id, WithdrawalRequest request, Changes<Referral> referrals, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(
            id,
            ifMatch: null, "consent-withdrawn", (referral, _) => referral.WithdrawConsent(request.WithdrawnOn!.Value), cancellationToken)));
}

public sealed record WithdrawalRequest([property: Required] DateOnly? WithdrawnOn);
