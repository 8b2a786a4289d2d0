using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Consultation.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Errors;

namespace Consultation.Api.PublicAccess;

internal static class PublishedResultsEndpoints
{
    public static RouteGroupBuilder MapPublishedResults(this RouteGroupBuilder publicConsultations)
    {
        publicConsultations.MapGet("/{id:guid}/results", ResultsAsync)
            .WithName("GetPublishedResults")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Published results (404 until the owners publish them).");
        return publicConsultations;
    }

    private static async Task<Ok<ConsultationResults>> ResultsAsync(
        Guid id, ConsultationDbContext db, ResultsQuery results, CancellationToken cancellationToken) =>
        TypedResults.Ok(await results.ComputeAsync(await db.FindPublishedOrThrowAsync(id, cancellationToken), cancellationToken));

    public static async Task<PublicConsultation> FindPublishedOrThrowAsync(this ConsultationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        return consultation.ResultsArePublic
            ? consultation
            : throw new RuleViolationException("results-not-published", "This consultation's results are not published.", RuleViolationKind.NotFound);
    }
}
