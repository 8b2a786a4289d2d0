using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Text;

namespace CommunityTrigger.Api.Cases.RecordReviewMeeting;

internal static class RecordReviewMeetingEndpoint
{
    public static RouteHandlerBuilder MapRecordReviewMeeting(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/review-meeting", Handle)
            .WithName("RecordReviewMeeting")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the case review meeting: who attended, how each agency's response was judged, unmet needs.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, ReviewMeetingRequest request, Changes<TriggerCase> cases, CaseClock clock, CancellationToken cancellationToken)
    {
        var meeting = new ReviewMeeting(
            request.HeldOn!.Value,
            request.AttendingAgencies,
            [.. request.AgencyResponses.Select(r => new AgencyResponseReview(r.Agency, r.Summary, r.Adequate))],
            request.UnmetNeeds);
        return TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id, ifMatch: null, "review-meeting-recorded", (triggerCase, now) => triggerCase.RecordReviewMeeting(meeting, now), cancellationToken)));
    }
}

public sealed record ReviewMeetingRequest(
    [property: Required] DateOnly? HeldOn,
    [property: Required, MinLength(1), MaxLength(20), ItemsMaxLength(100)] IReadOnlyList<string> AttendingAgencies,
    [property: Required, MaxLength(20)] IReadOnlyList<AgencyResponseRequest> AgencyResponses,
    [property: StringLength(4000)] string? UnmetNeeds = null);

public sealed record AgencyResponseRequest(
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string Agency,
    [property: Required, StringLength(4000)] string Summary,
    bool Adequate);
