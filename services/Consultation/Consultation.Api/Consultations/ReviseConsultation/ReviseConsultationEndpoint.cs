using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Consultation.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Consultations.ReviseConsultation;

internal static class ReviseConsultationEndpoint
{
    public static RouteHandlerBuilder MapReviseConsultation(this RouteGroupBuilder consultations) =>
        consultations.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("ReviseConsultation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Change a draft's design and questions; refused (409 questions-frozen) once it has opened.");

    private static async Task<Results<Ok<ConsultationView>, ValidationProblem>> Handle(
        Guid id, ConsultationRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        ConsultationDbContext db, Changes<PublicConsultation> consultations, CancellationToken cancellationToken)
    {
        var details = request.ToDetails();
        var problems = details.Problems();
        await db.CheckPreviousWaveAsync(details.PreviousWaveId, problems, cancellationToken);
        if (details.PreviousWaveId == id)
        {
            problems["previousWaveId"] = ["A consultation is not its own previous wave."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var revised = await consultations.ApplyAsync(id, ifMatch, "consultation-revised", (consultation, _) => consultation.Revise(details), cancellationToken);
        return TypedResults.Ok(ConsultationView.From(revised));
    }
}
