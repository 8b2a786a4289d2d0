using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.PublishReport;

/// <summary>Publishing before the Quality Assurance Panel approved the report is refused.</summary>
internal static class PublishReportEndpoint
{
    public static RouteHandlerBuilder MapPublishReport(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/report/publication", Handle)
            .WithName("PublishReport")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the anonymised report's publication date and when it went to the Domestic Abuse Commissioner; only after approval.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, PublicationRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null, "report-published", (review, _) => review.Publish(request.PublishedOn!.Value, request.SentToCommissionerOn), cancellationToken)));
}

public sealed record PublicationRequest(
    [property: Required] DateOnly? PublishedOn,
    DateOnly? SentToCommissionerOn = null);
