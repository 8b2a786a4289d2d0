using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.Assessments.ListAssessments;

internal static class ListAssessmentsEndpoint
{
    public static RouteHandlerBuilder MapListAssessments(this RouteGroupBuilder assessments) =>
        assessments.MapGet("/", Handle)
            .WithName("ListAssessments")
            .WithSummary("Strategic assessments, most recent year first; pass `before` (the last year) for the next page.");

    private static async Task<Ok<AssessmentPage>> Handle(
        [AsParameters] ListAssessmentsQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var assessments = db.StrategicAssessments.AsNoTracking();
        if (query.Before is { } before)
        {
            assessments = assessments.Where(a => a.Year < before);
        }

        var limit = query.Limit ?? 50;
        var page = await assessments.OrderByDescending(a => a.Year).Take(limit + 1).ToListAsync(cancellationToken);
        var items = page.Take(limit).Select(AssessmentResponse.From).ToList();
        return TypedResults.Ok(new AssessmentPage(items, page.Count > limit ? items[^1].Year : null));
    }
}

public sealed record ListAssessmentsQuery(int? Before, [property: Range(1, 200)] int? Limit);

/// <param name="NextBefore">Pass as <c>before</c> for the next page; null on the last page.</param>
public sealed record AssessmentPage(IReadOnlyList<AssessmentResponse> Items, int? NextBefore);
