using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Assessments.CompileCrimeEvidence;

internal static class CompileCrimeEvidenceEndpoint
{
    public static RouteHandlerBuilder MapCompileCrimeEvidence(this RouteGroupBuilder assessments) =>
        assessments.MapPost("/{year:int}/crime-evidence", Handle)
            .WithName("CompileCrimeEvidence")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Count the imported police.uk data of a year per crime type and district into the assessment, weighed with the current harm weights (a copy is kept); compiling again replaces the evidence. Send the ETag you read as If-Match.");

    private static async Task<Ok<AssessmentResponse>> Handle(
        [Range(2000, 2100)] int year, CompileCrimeEvidenceRequest? request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        PlansDbContext db, Changes<StrategicAssessment> assessments, HttpResponse response, CancellationToken cancellationToken)
    {
        var dataYear = request?.DataYear ?? year;
        var (from, to) = (new DateOnly(dataYear, 1, 1), new DateOnly(dataYear, 12, 1));
        var weights = await db.HarmIndexes.AsNoTracking().SingleOrDefaultAsync(i => i.Id == HarmIndex.CurrentId, cancellationToken)
            ?? throw new RuleViolationException("harm-weights-not-found", "No harm weights are set up (the reference data seeds them).", RuleViolationKind.BusinessRule);
        var current = db.CrimeImports.AsNoTracking().Where(i => i.SupersededAt == null && i.Month >= from && i.Month <= to);
        var months = await current.Select(i => i.Month).Distinct().ToListAsync(cancellationToken);
        var counts = await current
            .SelectMany(i => i.Counts)
            .GroupBy(c => new { c.CrimeType, c.Place })
            .Select(g => new CrimeCount(g.Key.CrimeType, g.Key.Place, g.Sum(c => c.Rows)))
            .ToListAsync(cancellationToken);

        await using var change = await assessments.StartAsync(year, ifMatch, cancellationToken);
        change.Aggregate.RecordCrimeEvidence(CrimeEvidence.Compile(dataYear, months, counts, weights, change.Now));
        await change.SaveAsync("assessment-crime-evidence-compiled", cancellationToken);
        response.SetETag(change.Aggregate.Version);
        return TypedResults.Ok(AssessmentResponse.From(change.Aggregate));
    }
}
