using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.RequestContribution;

/// <summary>Chronologies and individual management reviews are asked of each agency with a due date.</summary>
internal static class RequestContributionEndpoint
{
    public static RouteHandlerBuilder MapRequestContribution(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/contributions", Handle)
            .WithName("RequestContribution")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Ask an agency for a chronology or an individual management review by a due date.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ContributionRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null,
            "contribution-requested",
            (review, now) => review.RequestContribution(request.Agency, request.Kind!.Value, request.DueOn!.Value, now),
            cancellationToken)));
}

public sealed record ContributionRequest(
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string Agency,
    [property: Required] ContributionKind? Kind,
    [property: Required] DateOnly? DueOn);
