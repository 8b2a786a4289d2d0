using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Consultation.Api.Consultations;

internal static class ConsultationChanges
{
    /// <summary>
    /// Staff changes to a consultation go through the shared pipeline (<see cref="Changes{TAggregate}"/>): found by id,
    /// If-Match checked, the domain's move (which announces its event), audited as <see cref="ConsultationSummary"/>.
    /// </summary>
    public static IServiceCollection AddConsultationChanges(this IServiceCollection services) =>
        services.AddChanges<ConsultationDbContext, PublicConsultation>(setup => setup
            .FindBy<Guid>((db, id, cancellationToken) => db.Consultations.SingleOrDefaultAsync(c => c.Id == id, cancellationToken), _ => NotFound())
            .AuditAs(consultation => consultation.Id.ToString(), ConsultationSummary.From, "Consultation")
            .VersionedBy(consultation => consultation.Version));

    public static RuleViolationException NotFound() =>
        new("consultation-not-found", "There is no such consultation.", RuleViolationKind.NotFound);
}
