using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
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
        Guid id, ScoreApplicationRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var assessment = await db.FindAssignmentOrThrowAsync(id, user, cancellationToken);
        var application = await db.FindOrThrowAsync(id, cancellationToken);
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new RuleViolationException("application-already-decided", "A decided application is not scored any more.");
        }

        var round = await db.FindRoundOrThrowAsync(application.RoundId, cancellationToken);
        var before = AssessmentResponse.From(assessment);
        assessment.Score(round, request.Scores, request.Comment, clock.GetUtcNow());
        audit.Record(db, "application-scored", nameof(Assessment), assessment.Id.ToString(), before, AssessmentResponse.From(assessment));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AssessmentResponse.From(assessment));
    }
}
