using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Consultations.GetConsultation;

internal static class GetConsultationEndpoint
{
    public static RouteHandlerBuilder MapGetConsultation(this RouteGroupBuilder consultations) =>
        consultations.MapGet("/{id:guid}", Handle)
            .WithName("GetConsultation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A consultation's design and state; the ETag is the version to send back as If-Match.");

    private static async Task<Ok<ConsultationView>> Handle(Guid id, ConsultationDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        response.SetETag(consultation.Version);
        return TypedResults.Ok(ConsultationView.From(consultation));
    }
}
