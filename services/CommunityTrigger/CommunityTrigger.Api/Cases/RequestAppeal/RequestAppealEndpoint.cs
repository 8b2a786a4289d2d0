using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace CommunityTrigger.Api.Cases.RequestAppeal;

internal static class RequestAppealEndpoint
{
    public static RouteHandlerBuilder MapRequestAppeal(this RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/appeal", Handle)
            .WithName("RequestAppeal")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Record the applicant's appeal (made in writing or by phone) within the appeal window.");

    private static async Task<Ok<CaseResponse>> Handle(
        Guid id, AppealRequest request, Changes<TriggerCase> cases, CaseClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(clock.View(await cases.ApplyAsync(
            id, ifMatch: null, "appeal-requested", (triggerCase, now) => triggerCase.RequestAppeal(request.Grounds, now), cancellationToken)));
}

public sealed record AppealRequest([property: Required, StringLength(4000, MinimumLength = 3)] string Grounds);
