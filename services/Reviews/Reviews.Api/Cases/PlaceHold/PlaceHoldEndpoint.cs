using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.PlaceHold;

/// <summary>A parallel process holds the review; the hold moves the six-month target on.</summary>
internal static class PlaceHoldEndpoint
{
    public static RouteHandlerBuilder MapPlaceHold(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/holds", Handle)
            .WithName("PlaceHold")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Put the review on hold for a parallel process (criminal trial, inquest, NHS investigation, SAR, mental-health review) from a date, with the reason.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, HoldRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null, "hold-placed", (review, now) => review.PlaceHold(request.Process!.Value, request.Reason, request.From!.Value, now), cancellationToken)));
}

public sealed record HoldRequest(
    [property: Required] ParallelProcess? Process,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason,
    [property: Required] DateOnly? From);
