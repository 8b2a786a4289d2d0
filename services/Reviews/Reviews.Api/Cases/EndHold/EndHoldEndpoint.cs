using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.EndHold;

internal static class EndHoldEndpoint
{
    public static RouteHandlerBuilder MapEndHold(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/holds/{holdId:guid}/end", Handle)
            .WithName("EndHold")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("End a hold on the day the review resumes.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, Guid holdId, EndHoldRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null, "hold-ended", (review, _) => review.EndHold(holdId, request.Until!.Value), cancellationToken)));
}

public sealed record EndHoldRequest([property: Required] DateOnly? Until);
