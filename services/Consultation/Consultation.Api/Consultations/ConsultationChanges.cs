using Consultation.Api.Data;
using Consultation.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Consultation.Api.Consultations;

/// <summary>
/// Every staff change to a consultation runs the same way: find it, check the caller's If-Match, let the domain make
/// the move (a refused move throws before anything is saved; a move returns the event it announces), then commit the
/// change, its audit entry and the event in one transaction.
/// </summary>
public sealed class ConsultationChanges(ConsultationDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<ConsultationView> ApplyAsync(
        Guid id, string? ifMatch, string action, Func<PublicConsultation, DateTimeOffset, IntegrationEvent?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        ExpectedVersion.Check(consultation.Version, ifMatch);
        var before = ConsultationSummary.From(consultation);
        var now = clock.GetUtcNow();
        if (change(consultation, now) is { } announced)
        {
            db.AddIntegrationEvent(announced);
        }

        audit.Record(db, action, "Consultation", consultation.Id.ToString(), before, ConsultationSummary.From(consultation));
        await db.SaveChangesAsync(cancellationToken);
        return ConsultationView.From(consultation);
    }
}
