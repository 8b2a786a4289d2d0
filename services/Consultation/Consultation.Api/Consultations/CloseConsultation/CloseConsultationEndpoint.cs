using Consultation.Api.Data;
using Consultation.Api.Responses;
using Consultation.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Consultation.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Consultations.CloseConsultation;

internal static class CloseConsultationEndpoint
{
    public static RouteHandlerBuilder MapCloseConsultation(this RouteGroupBuilder consultations) =>
        consultations.MapPost("/{id:guid}/close", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("CloseConsultation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Stop online responses (staff can still enter late paper ones). Publishes ConsultationClosed with counts by channel; unsubmitted saved drafts are deleted.");

    private static async Task<Ok<ConsultationView>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, ConsultationDbContext db, Changes<PublicConsultation> consultations,
        CancellationToken cancellationToken)
    {
        var byChannel = await ResultsQuery.RespondentsByChannelAsync(db, id, cancellationToken);
        var closed = await consultations.ApplyAsync(id, ifMatch, "consultation-closed", (consultation, now) => consultation.Close(now, byChannel), cancellationToken);
        await db.DeleteDraftsAsync(id, cancellationToken);
        return TypedResults.Ok(ConsultationView.From(closed));
    }
}
