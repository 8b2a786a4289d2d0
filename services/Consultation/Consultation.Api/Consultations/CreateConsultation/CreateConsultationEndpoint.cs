using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Changes;

namespace Consultation.Api.Consultations.CreateConsultation;

internal static class CreateConsultationEndpoint
{
    public static RouteHandlerBuilder MapCreateConsultation(this RouteGroupBuilder consultations) =>
        consultations.MapPost("", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("CreateConsultation")
            .ProducesValidationProblem()
            .WithSummary("Design a consultation or survey (a draft; questions can change until it opens).");

    private static async Task<Results<Created<ConsultationView>, ValidationProblem>> Handle(
        ConsultationRequest request, ConsultationDbContext db, Changes<PublicConsultation> consultations, CancellationToken cancellationToken)
    {
        var details = request.ToDetails();
        var problems = details.Problems();
        await db.CheckPreviousWaveAsync(details.PreviousWaveId, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var consultation = await consultations.AddAsync(now => PublicConsultation.Draft(details, now), "consultation-drafted", cancellationToken);
        return TypedResults.Created($"/api/consultation/consultations/{consultation.Id}", ConsultationView.From(consultation));
    }
}
