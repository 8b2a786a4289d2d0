using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.DecideAtPanel;

internal static class DecideAtPanelEndpoint
{
    public static RouteHandlerBuilder MapDecideAtPanel(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/panel-decision", Handle)
            .WithName("DecideAtPanel")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The Channel panel's vulnerability assessment and decision to adopt or not, taken at a recorded meeting; adoption is announced.");

    private static async Task<Ok<ReferralResponse>> Handle(
        Guid id, PanelDecisionRequest request, Changes<Referral> referrals, PreventDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var meeting = await db.FindMeetingOrThrowAsync(request.MeetingId!.Value, user, cancellationToken);
        return TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(
            id,
            ifMatch: null,
            "panel-decided",
            (referral, now) => referral.RecordPanelDecision(meeting, request.VulnerabilityAssessment, request.Adopt!.Value, request.Reason, now),
            cancellationToken)));
    }
}

/// <param name="MeetingId">The recorded panel meeting (<c>POST /api/prevent/panel-meetings</c>) the decision was taken at.</param>
public sealed record PanelDecisionRequest(
    [property: Required] Guid? MeetingId,
    [property: Required, StringLength(8000, MinimumLength = 3)] string VulnerabilityAssessment,
    [property: Required] bool? Adopt,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);
