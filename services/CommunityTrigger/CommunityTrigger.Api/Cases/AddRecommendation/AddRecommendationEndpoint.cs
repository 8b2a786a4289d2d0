using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

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
        Guid id, RecommendationRequest request, CaseChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id,
            "recommendation-added",
            (triggerCase, now) => triggerCase.AddRecommendation(request.Text, request.OwnerAgency, request.DueOn!.Value, now),
            cancellationToken));
}

public sealed record RecommendationRequest(
    [property: Required, StringLength(2000, MinimumLength = 3)] string Text,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string OwnerAgency,
    [property: Required] DateOnly? DueOn);
