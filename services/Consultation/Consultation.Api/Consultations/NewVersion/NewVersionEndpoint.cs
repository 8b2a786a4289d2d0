using Microsoft.AspNetCore.Http.HttpResults;
using Consultation.Api.Domain;
using Platform.ServiceDefaults.Changes;

namespace Consultation.Api.Consultations.NewVersion;

internal static class NewVersionEndpoint
{
    public static RouteHandlerBuilder MapNewVersion(this RouteGroupBuilder consultations) =>
        consultations.MapPost("/{id:guid}/new-version", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("NewConsultationVersion")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Copy a consultation into a new draft to change questions that were frozen when it opened.");

    private static async Task<Created<ConsultationView>> Handle(
        Guid id, Changes<PublicConsultation> consultations, CancellationToken cancellationToken)
    {
        var original = await consultations.FindAsync(id, cancellationToken);
        var copy = await consultations.AddAsync(now => original.NewVersion(now), "consultation-new-version", cancellationToken);
        return TypedResults.Created($"/api/consultation/consultations/{copy.Id}", ConsultationView.From(copy));
    }
}
