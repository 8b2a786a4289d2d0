using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Time;
using Reviews.Api.Domain;

namespace Reviews.Api.Reviews.Holds;

/// <summary>Parallel processes that hold the review, and agreed extensions: both move the six-month target on.</summary>
internal static class HoldEndpoints
{
    public static RouteGroupBuilder MapHolds(this RouteGroupBuilder reviews)
    {
        reviews.MapPost("/{id:guid}/holds", PlaceHold)
            .WithName("PlaceHold")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Put the review on hold for a parallel process (criminal trial, inquest, NHS investigation, SAR, mental-health review) from a date, with the reason.");
        reviews.MapPost("/{id:guid}/holds/{holdId:guid}/end", EndHold)
            .WithName("EndHold")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("End a hold on the day the review resumes.");
        reviews.MapPost("/{id:guid}/extensions", Extend)
            .WithName("AgreeExtension")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record an agreed extension of the review's timescale in days, with the reason.");
        return reviews;
    }

    private static async Task<Ok<ReviewResponse>> PlaceHold(
        Guid id, HoldRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "hold-placed", (review, now) => review.PlaceHold(request.Process!.Value, request.Reason, request.From!.Value, now), cancellationToken));

    private static async Task<Ok<ReviewResponse>> EndHold(
        Guid id, Guid holdId, EndHoldRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "hold-ended", (review, _) => review.EndHold(holdId, request.Until!.Value), cancellationToken));

    private static async Task<Ok<ReviewResponse>> Extend(
        Guid id, ExtensionRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "extension-agreed", (review, now) => review.Extend(new Extension(request.Days!.Value, request.Reason, UkDate.Of(now))), cancellationToken));
}

public sealed record HoldRequest(
    [property: Required] ParallelProcess? Process,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason,
    [property: Required] DateOnly? From);

public sealed record EndHoldRequest([property: Required] DateOnly? Until);

public sealed record ExtensionRequest(
    [property: Required, Range(1, 730)] int? Days,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);
