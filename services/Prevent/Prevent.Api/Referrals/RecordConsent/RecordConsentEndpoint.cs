using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.RecordConsent;

internal static class RecordConsentEndpoint
{
    public static RouteHandlerBuilder MapRecordConsent(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/consent", Handle)
            .WithName("RecordConsent")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Consent to Channel support: the person, or a parent or guardian when under 18. Needed before any support.");

    private static async Task<Ok<ReferralResponse>> Handle(Guid id, ConsentRequest request, Changes<Referral> referrals, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(
            id,
            ifMatch: null, "consent-recorded", (referral, _) => referral.RecordConsent(request.GivenBy!.Value, request.GivenOn!.Value), cancellationToken)));
}

public sealed record ConsentRequest([property: Required] ConsentGiver? GivenBy, [property: Required] DateOnly? GivenOn);
