using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Applications.ScoreApplication;

public sealed record ScoreApplicationRequest(
    [property: Required] Dictionary<string, int> Scores,
    [property: StringLength(4000)] string? Comment = null);

internal static class ScoreApplicationEndpoint
{
    public static RouteHandlerBuilder MapScoreApplication(this RouteGroupBuilder applications) =>
        applications.MapPut("/{id:guid}/assessments/mine", Handle)
            .WithName("ScoreApplication")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The assigned assessor scores every criterion of the round from 0 to 5; only while the application is undecided.");

    private static async Task<Ok<AssessmentResponse>> Handle(
        Guid id, ScoreApplicationRequest request, Changes<Assessment> assessments, FundingDbContext db, CancellationToken cancellationToken)
    {
        await using var change = await assessments.StartAsync(id, null, cancellationToken);
        var application = await db.FindOrThrowAsync(id, cancellationToken);
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new RuleViolationException("application-already-decided", "A decided application is not scored any more.");
        }

        change.Aggregate.Score(await db.FindRoundOrThrowAsync(application.RoundId, cancellationToken), request.Scores, request.Comment, change.Now);
        await change.SaveAsync("application-scored", cancellationToken);
        return TypedResults.Ok(AssessmentResponse.From(change.Aggregate));
    }
}
