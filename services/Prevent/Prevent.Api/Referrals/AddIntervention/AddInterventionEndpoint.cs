using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.AddIntervention;

internal static class AddInterventionEndpoint
{
    public static RouteHandlerBuilder MapAddIntervention(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/interventions", Handle)
            .WithName("AddIntervention")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Adds an intervention to the support plan of an adopted case with consent in force.");

    private static async Task<Ok<ReferralResponse>> Handle(Guid id, InterventionRequest request, Changes<Referral> referrals, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(
            id,
            ifMatch: null,
            "intervention-added",
            (referral, _) => referral.AddIntervention(request.Type, request.Provider, request.StartsOn!.Value, request.EndsOn),
            cancellationToken)));
}

public sealed record InterventionRequest(
    [property: Required, StringLength(100, MinimumLength = 2)] string Type,
    [property: Required, StringLength(200, MinimumLength = 2)] string Provider,
    [property: Required] DateOnly? StartsOn,
    DateOnly? EndsOn = null);
