using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Time;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ReviewAtPanel;

internal static class ReviewAtPanelEndpoint
{
    public static RouteHandlerBuilder MapReviewAtPanel(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/panel-reviews", Handle)
            .WithName("ReviewAtPanel")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Records a panel meeting's review of the support plan of a case in support.");

    private static async Task<Ok<ReferralResponse>> Handle(
        Guid id, PanelReviewRequest request, Changes<Referral> referrals, PreventDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var meeting = await db.FindMeetingOrThrowAsync(request.MeetingId!.Value, user, cancellationToken);
        return TypedResults.Ok(ReferralResponse.From(await referrals.ApplyAsync(
            id,
            ifMatch: null,
            "panel-review-recorded",
            (referral, now) => referral.RecordPanelReview(meeting, request.Note, UkDate.Of(now)),
            cancellationToken)));
    }
}

public sealed record PanelReviewRequest(
    [property: Required] Guid? MeetingId,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Note);
