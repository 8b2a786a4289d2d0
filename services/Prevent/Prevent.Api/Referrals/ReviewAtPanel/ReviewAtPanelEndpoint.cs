using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.ReviewAtPanel;

internal static class ReviewAtPanelEndpoint
{
    public static RouteHandlerBuilder MapReviewAtPanel(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/referrals/{id:guid}/panel-reviews", Handle)
            .WithName("ReviewAtPanel")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Records a panel's review of the support plan of a case in support.");

    private static async Task<Ok<ReferralResponse>> Handle(Guid id, PanelReviewRequest request, ReferralChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id,
            "panel-review-recorded",
            (referral, _) => referral.RecordPanelReview(new PanelReview(request.HeldOn!.Value, request.Attendees, request.Note)),
            cancellationToken));
}

public sealed record PanelReviewRequest(
    [property: Required] DateOnly? HeldOn,
    [property: Required, MinLength(1), MaxLength(30)] IReadOnlyList<string> Attendees,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Note);
