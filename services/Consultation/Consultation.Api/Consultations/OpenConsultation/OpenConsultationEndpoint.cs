using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Consultation.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Consultations.OpenConsultation;

internal static class OpenConsultationEndpoint
{
    public static RouteHandlerBuilder MapOpenConsultation(this RouteGroupBuilder consultations) =>
        consultations.MapPost("/{id:guid}/open", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("OpenConsultation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Open a draft for responses; its questions are frozen from now on. Publishes ConsultationOpened.");

    private static async Task<Ok<ConsultationView>> Handle(
        Guid id, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, Changes<PublicConsultation> consultations, CancellationToken cancellationToken) =>
        TypedResults.Ok(ConsultationView.From(
            await consultations.ApplyAsync(id, ifMatch, "consultation-opened", (consultation, now) => consultation.Open(now), cancellationToken)));
}
