using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.RecordDecision;

internal static class RecordDecisionEndpoint
{
    public static RouteHandlerBuilder MapRecordDecision(this RouteGroupBuilder reviews) =>
        reviews.MapPost("/{id:guid}/decision", Handle)
            .WithName("RecordDecision")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the partnership chair's decision (commission, do not commission, or joint with a Safeguarding Adults Review) with reasons and the date the Home Office was told. A decision not to commission publishes ReviewNotCommissioned (reference, district, dates).");

    private static async Task<Ok<ReviewResponse>> Handle(
        Guid id, DecisionRequest request, Changes<ReviewCase> reviews, ReviewClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await reviews.ApplyAsync(
            id,
            ifMatch: null,
            "decision-recorded",
            (review, now) => review.Decide(
                new ChairDecision(request.Outcome!.Value, request.Reasons, request.DecidedOn!.Value, request.HomeOfficeToldOn), now),
            cancellationToken)));
}

public sealed record DecisionRequest(
    [property: Required] DecisionOutcome? Outcome,
    [property: Required, StringLength(4000, MinimumLength = 3)] string Reasons,
    [property: Required] DateOnly? DecidedOn,
    DateOnly? HomeOfficeToldOn = null);
