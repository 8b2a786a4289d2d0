using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Api.Consultations.ListConsultations;

internal static class ListConsultationsEndpoint
{
    public static RouteHandlerBuilder MapListConsultations(this RouteGroupBuilder consultations) =>
        consultations.MapGet("", Handle)
            .WithName("ListConsultations")
            .WithSummary("All consultations and surveys, newest first.");

    private static async Task<Ok<List<ConsultationListItem>>> Handle(ConsultationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Consultations.AsNoTracking()
            .OrderByDescending(c => c.OpensOn)
            .Select(c => new ConsultationListItem(c.Id, c.Title, c.Status, c.OpensOn, c.ClosesOn, c.PreviousWaveId, c.PlanId, c.Synthetic))
            .ToListAsync(cancellationToken));
}

public sealed record ConsultationListItem(
    Guid Id, string Title, Domain.ConsultationStatus Status, DateOnly OpensOn, DateOnly ClosesOn, Guid? PreviousWaveId, Guid? PlanId, bool Synthetic);
