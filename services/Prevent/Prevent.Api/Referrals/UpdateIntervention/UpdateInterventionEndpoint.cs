using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.UpdateIntervention;

internal static class UpdateInterventionEndpoint
{
    public static RouteHandlerBuilder MapUpdateIntervention(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/interventions/{interventionId:guid}/status", Handle)
            .WithName("UpdateIntervention")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Moves an intervention of the support plan to planned, active, completed or stopped.");

    private static async Task<Ok<ReferralResponse>> Handle(
        Guid id, Guid interventionId, InterventionStatusRequest request, Changes<Referral> referrals, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(
            id,
            ifMatch: null, "intervention-updated", (referral, _) => referral.UpdateIntervention(interventionId, request.Status!.Value), cancellationToken)));
}

public sealed record InterventionStatusRequest([property: Required] InterventionStatus? Status);
