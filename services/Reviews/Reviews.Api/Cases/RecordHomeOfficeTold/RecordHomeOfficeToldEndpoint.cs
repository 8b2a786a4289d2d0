using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Time;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.RecordHomeOfficeTold;

internal static class RecordHomeOfficeToldEndpoint
{
    public static RouteHandlerBuilder MapRecordHomeOfficeTold(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/decision/home-office-told", Handle)
            .WithName("RecordHomeOfficeTold")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the day the Home Office was told of the decision, when it was not known at the decision.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, HomeOfficeToldRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null, "home-office-told", (review, now) => review.RecordHomeOfficeTold(request.On!.Value, UkDate.Of(now)), cancellationToken)));
}

public sealed record HomeOfficeToldRequest([property: Required] DateOnly? On);
