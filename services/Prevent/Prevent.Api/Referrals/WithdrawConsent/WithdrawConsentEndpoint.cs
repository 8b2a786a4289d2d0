using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Prevent.Api.Referrals.WithdrawConsent;

internal static class WithdrawConsentEndpoint
{
    public static RouteHandlerBuilder MapWithdrawConsent(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/consent/withdrawal", Handle)
            .WithName("WithdrawConsent")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Channel is voluntary: withdrawn consent closes the case and stops unfinished interventions.");

    private static async Task<Ok<ReferralResponse>> Handle(Guid id, WithdrawalRequest request, ReferralChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "consent-withdrawn", (referral, _) => referral.WithdrawConsent(request.WithdrawnOn!.Value), cancellationToken));
}

public sealed record WithdrawalRequest([property: Required] DateOnly? WithdrawnOn);
