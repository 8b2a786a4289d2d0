using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace CommunityTrigger.Api.Cases.AddRecommendation;

internal static class AddRecommendationEndpoint
{
    public static RouteHandlerBuilder MapAddRecommendation(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/recommendations", Handle)
            .WithName("AddRecommendation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add a recommendation from the case review, owned by one agency with a due date.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, RecommendationRequest request, Changes<TriggerCase> cases, CaseClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id,
            ifMatch: null,
            "recommendation-added",
            (triggerCase, now) => triggerCase.AddRecommendation(request.Text, request.OwnerAgency, request.DueOn!.Value, now),
            cancellationToken)));
}

public sealed record RecommendationRequest(
    [property: Required, StringLength(2000, MinimumLength = 3)] string Text,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string OwnerAgency,
    [property: Required] DateOnly? DueOn);
