using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;

namespace Consultation.Api.Results;

internal static class GetResultsEndpoint
{
    public static RouteHandlerBuilder MapGetResults(this RouteGroupBuilder consultations) =>
        consultations.MapGet("/{id:guid}/results", Handle)
            .WithName("GetResults")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Results so far: per question county-wide, by district and urban/rural (small groups suppressed), by channel, against the previous wave. Before publication: the consultation team, analysts and the owners' staff.");

    private static async Task<Ok<ConsultationResults>> Handle(
        Guid id, ConsultationDbContext db, CurrentUser user, ResultsQuery results, CancellationToken cancellationToken)
    {
        var consultation = await db.FindForResultsOrThrowAsync(id, user, cancellationToken);
        return TypedResults.Ok(await results.ComputeAsync(consultation, cancellationToken));
    }
}
