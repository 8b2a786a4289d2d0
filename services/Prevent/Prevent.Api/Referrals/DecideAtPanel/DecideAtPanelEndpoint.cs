using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Prevent.Api.Domain;
using Prevent.Contracts;

namespace Prevent.Api.Referrals.DecideAtPanel;

internal static class DecideAtPanelEndpoint
{
    public static RouteHandlerBuilder MapDecideAtPanel(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/panel-decision", Handle)
            .WithName("DecideAtPanel")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The Channel panel's meeting, vulnerability assessment and decision to adopt or not; adoption is announced.");

    private static async Task<Ok<ReferralResponse>> Handle(
        Guid id, PanelDecisionRequest request, ReferralChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id,
            "panel-decided",
            (referral, _) => referral.RecordPanelDecision(new PanelDecision(
                request.HeldOn!.Value, request.Attendees, request.VulnerabilityAssessment, request.Adopt!.Value, request.Reason)),
            cancellationToken,
            announce: (referral, now) => referral.Status == ReferralStatus.Adopted
                ? new ChannelCaseAdopted { OccurredAt = now, ReferralId = referral.Id, District = referral.District, AgeBand = referral.AgeBand, PanelHeldOn = referral.PanelHeldOn!.Value }
                : null));
}

public sealed record PanelDecisionRequest(
    [property: Required] DateOnly? HeldOn,
    [property: Required, MinLength(1), MaxLength(30)] IReadOnlyList<string> Attendees,
    [property: Required, StringLength(8000, MinimumLength = 3)] string VulnerabilityAssessment,
    [property: Required] bool? Adopt,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);
