using System.ComponentModel.DataAnnotations;
using CommunityTrigger.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;

namespace CommunityTrigger.Api.Cases.AppealByReference;

internal static class AppealByReferenceEndpoint
{
    public static RouteHandlerBuilder MapAppealByReference(this RouteGroupBuilder communityTrigger) =>
        communityTrigger.MapPost("/status/appeal", Handle)
            .AllowAnonymous()
            .WithName("AppealByReference")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The applicant appeals the outcome online, by their secret reference, within the appeal window.");

    private static async Task<Ok<ApplicationStatus>> Handle(
        PublicAppealRequest request, Changes<TriggerCase> cases, CancellationToken cancellationToken) =>
        TypedResults.Ok(ApplicationStatus.From(await cases.ApplyAsync(
            request.Reference,
            ifMatch: null,
            "appeal-requested",
            (triggerCase, now) => triggerCase.RequestAppeal(request.Grounds, now),
            cancellationToken)));
}

public sealed record PublicAppealRequest(
    [property: Required, StringLength(100)] string Reference,
    [property: Required, StringLength(4000, MinimumLength = 3)] string Grounds);
