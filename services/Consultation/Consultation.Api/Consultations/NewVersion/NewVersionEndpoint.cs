using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;

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
        Guid id, ConsultationDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var original = await db.FindOrThrowAsync(id, cancellationToken);
        var copy = original.NewVersion(clock.GetUtcNow());
        db.Consultations.Add(copy);
        audit.Record(db, "consultation-new-version", "Consultation", copy.Id.ToString(), after: ConsultationSummary.From(copy));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/consultation/consultations/{copy.Id}", ConsultationView.From(copy));
    }
}
