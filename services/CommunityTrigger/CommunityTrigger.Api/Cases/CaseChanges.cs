using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Messaging;

namespace CommunityTrigger.Api.Cases;

/// <summary>
/// Every staff change to a case runs the same way: find it within the caller's districts, let the domain make the
/// move (a refused move throws before anything is saved), then commit the change, its audit entry (summaries before
/// and after) and any integration event in one transaction.
/// </summary>
public sealed class CaseChanges(CommunityTriggerDbContext db, CurrentUser user, AuditTrail audit, CaseClock clock)
{
    public async Task<CaseResponse> ApplyAsync(
        Guid id,
        string action,
        Action<TriggerCase, DateTimeOffset> change,
        CancellationToken cancellationToken,
        Func<TriggerCase, DateTimeOffset, IntegrationEvent?>? announce = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var triggerCase = await db.FindVisibleOrThrowAsync(id, user, cancellationToken);
        var before = CaseSummary.From(triggerCase);
        var now = clock.Now;
        change(triggerCase, now);
        if (announce?.Invoke(triggerCase, now) is { } integrationEvent)
        {
            db.AddIntegrationEvent(integrationEvent);
        }

        audit.Record(db, action, nameof(TriggerCase), triggerCase.Id.ToString(), before, CaseSummary.From(triggerCase));
        await db.SaveChangesAsync(cancellationToken);
        return clock.View(triggerCase);
    }
}
