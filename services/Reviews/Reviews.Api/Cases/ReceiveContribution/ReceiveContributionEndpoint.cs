using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.ReceiveContribution;

internal static class ReceiveContributionEndpoint
{
    public static RouteHandlerBuilder MapReceiveContribution(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/contributions/{contributionId:guid}/received", Handle)
            .WithName("ReceiveContribution")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the day an agency's contribution arrived.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, Guid contributionId, ReceivedRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null, "contribution-received", (review, _) => review.ReceiveContribution(contributionId, request.ReceivedOn!.Value), cancellationToken)));
}

public sealed record ReceivedRequest([property: Required] DateOnly? ReceivedOn);
