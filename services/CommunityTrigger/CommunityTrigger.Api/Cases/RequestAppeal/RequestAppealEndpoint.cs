using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

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
        Guid id, AppealRequest request, CaseChanges changes, CancellationToken cancellationToken) =>
        TypedResults.Ok(await changes.ApplyAsync(
            id, "appeal-requested", (triggerCase, now) => triggerCase.RequestAppeal(request.Grounds, now), cancellationToken));
}

public sealed record AppealRequest([property: Required, StringLength(4000, MinimumLength = 3)] string Grounds);
