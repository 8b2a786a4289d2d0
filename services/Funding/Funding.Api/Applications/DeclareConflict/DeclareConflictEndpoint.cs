using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Funding.Api.Applications.DeclareConflict;

public sealed record DeclareConflictRequest([property: Required, StringLength(1000, MinimumLength = 3)] string Reason);

internal static class DeclareConflictEndpoint
{
    public static RouteHandlerBuilder MapDeclareConflict(this RouteGroupBuilder applications) =>
        applications.MapPost("/{id:guid}/assessments/mine/conflict", Handle)
            .WithName("DeclareConflictOfInterest")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The assigned assessor declares a conflict of interest; they can then no longer score the application.");

    private static async Task<Ok<AssessmentResponse>> Handle(
        Guid id, DeclareConflictRequest request, FundingDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var assessment = await db.FindAssignmentOrThrowAsync(id, user, cancellationToken);
        var before = AssessmentResponse.From(assessment);
        assessment.DeclareConflict(request.Reason);
        audit.Record(db, "conflict-of-interest-declared", nameof(Assessment), assessment.Id.ToString(), before, AssessmentResponse.From(assessment));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AssessmentResponse.From(assessment));
    }
}
