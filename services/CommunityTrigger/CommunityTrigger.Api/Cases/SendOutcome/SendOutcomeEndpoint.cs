using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using CommunityTrigger.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;

namespace CommunityTrigger.Api.Cases.SendOutcome;

internal static class SendOutcomeEndpoint
{
    public static RouteHandlerBuilder MapSendOutcome(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/outcome", Handle)
            .WithName("SendOutcome")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the outcome letter sent to the applicant; starts the appeal window. After a review, publishes CaseReviewCompleted.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, OutcomeRequest request, CaseChanges changes, CaseClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id,
            "outcome-sent",
            (triggerCase, now) => triggerCase.SendOutcome(request.Letter, now, clock.Deadlines),
            cancellationToken,
            ReviewCompleted));

    private static IntegrationEvent? ReviewCompleted(TriggerCase triggerCase, DateTimeOffset now) =>
        triggerCase.ReviewHeldOn is { } heldOn
            ? new CaseReviewCompleted
            {
                OccurredAt = now,
                CaseId = triggerCase.Id,
                District = triggerCase.District,
                ReviewHeldOn = heldOn,
                RecommendationCount = triggerCase.Recommendations.Count,
                RecommendationOwners = [.. triggerCase.Recommendations.Select(r => r.OwnerAgency).Distinct().Order(StringComparer.Ordinal)],
            }
            : null;
}

public sealed record OutcomeRequest([property: Required, StringLength(20000, MinimumLength = 10)] string Letter);
