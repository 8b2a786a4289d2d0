using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace CommunityTrigger.Api.Cases.CompleteRecommendation;

internal static class CompleteRecommendationEndpoint
{
    public static RouteHandlerBuilder MapCompleteRecommendation(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/recommendations/{recommendationId:guid}/complete", Handle)
            .WithName("CompleteRecommendation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mark a recommendation completed by its owner agency.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, Guid recommendationId, CompletionRequest request, Changes<TriggerCase> cases, CaseClock clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id,
            ifMatch: null,
            "recommendation-completed",
            (triggerCase, now) => triggerCase.CompleteRecommendation(recommendationId, request.Note, now),
            cancellationToken)));
}

public sealed record CompletionRequest([property: StringLength(2000)] string? Note = null);
