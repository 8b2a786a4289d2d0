using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Reviews.Api.Domain;

namespace Reviews.Api.Reviews.Contributions;

/// <summary>Chronologies and individual management reviews asked of each agency, with due and received dates.</summary>
internal static class ContributionEndpoints
{
    public static RouteGroupBuilder MapContributions(this RouteGroupBuilder reviews)
    {
        reviews.MapPost("/{id:guid}/contributions", Request)
            .WithName("RequestContribution")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Ask an agency for a chronology or an individual management review by a due date.");
        reviews.MapPost("/{id:guid}/contributions/{contributionId:guid}/received", Receive)
            .WithName("ReceiveContribution")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the day an agency's contribution arrived.");
        return reviews;
    }

    private static async Task<Ok<ReviewResponse>> Request(
        Guid id, ContributionRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id,
            "contribution-requested",
            (review, now) => review.RequestContribution(request.Agency, request.Kind!.Value, request.DueOn!.Value, now),
            cancellationToken));

    private static async Task<Ok<ReviewResponse>> Receive(
        Guid id, Guid contributionId, ReceivedRequest request, ReviewChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "contribution-received", (review, _) => review.ReceiveContribution(contributionId, request.ReceivedOn!.Value), cancellationToken));
}

public sealed record ContributionRequest(
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string Agency,
    [property: Required] ContributionKind? Kind,
    [property: Required] DateOnly? DueOn);

public sealed record ReceivedRequest([property: Required] DateOnly? ReceivedOn);
