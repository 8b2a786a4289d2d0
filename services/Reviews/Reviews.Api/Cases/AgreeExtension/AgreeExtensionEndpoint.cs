using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Time;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.AgreeExtension;

/// <summary>An agreed extension moves the six-month target on, as a hold does.</summary>
internal static class AgreeExtensionEndpoint
{
    public static RouteHandlerBuilder MapAgreeExtension(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/extensions", Handle)
            .WithName("AgreeExtension")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record an agreed extension of the review's timescale in days, with the reason.");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, ExtensionRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null, "extension-agreed", (review, now) => review.Extend(new Extension(request.Days!.Value, request.Reason, UkDate.Of(now))), cancellationToken)));
}

public sealed record ExtensionRequest(
    [property: Required, Range(1, 730)] int? Days,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);
