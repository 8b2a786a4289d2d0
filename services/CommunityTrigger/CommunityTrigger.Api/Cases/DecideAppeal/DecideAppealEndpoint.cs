using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace CommunityTrigger.Api.Cases.DecideAppeal;

internal static class DecideAppealEndpoint
{
    public static RouteHandlerBuilder MapDecideAppeal(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/appeal-decision", Handle)
            .WithName("DecideAppeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record the independent reviewer's decision on the appeal.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, AppealDecisionRequest request, Changes<TriggerCase> cases, CaseClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id,
            ifMatch: null,
            "appeal-decided",
            (triggerCase, now) => triggerCase.DecideAppeal(request.Decision!.Value, request.Reviewer, request.Reasons, now),
            cancellationToken)));
}

public sealed record AppealDecisionRequest(
    [property: Required] AppealDecision? Decision,
    [property: Required, StringLength(200)] string Reviewer,
    [property: Required, StringLength(4000, MinimumLength = 3)] string Reasons);
