using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

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
        Guid id, OutcomeRequest request, Changes<TriggerCase> cases, CaseClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id,
            ifMatch: null,
            "outcome-sent",
            (triggerCase, now) => triggerCase.SendOutcome(request.Letter, now, clock.Deadlines),
            cancellationToken)));
}

public sealed record OutcomeRequest([property: Required, StringLength(20000, MinimumLength = 10)] string Letter);
