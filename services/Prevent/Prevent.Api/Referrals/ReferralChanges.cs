using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Messaging;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals;

/// <summary>
/// Every change to a case runs the same way: find it if the caller may act on it, let the domain make the move (a
/// refused move throws before anything is saved), then commit it with its audit entry and any event.
/// </summary>
public sealed class ReferralChanges(PreventDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock)
{
    public async Task<ReferralResponse> ApplyAsync(
        Guid id,
        string action,
        Action<Referral, DateTimeOffset> change,
        CancellationToken cancellationToken,
        Func<Referral, DateTimeOffset, IntegrationEvent?>? announce = null,
        Func<CurrentUser, Referral, bool>? mayAct = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var allowed = mayAct ?? ReferralAccess.MaySeeDetail;
        var referral = await db.FindOrThrowAsync(id, r => allowed(user, r), cancellationToken);
        var before = ReferralSummary.From(referral);
        var now = clock.GetUtcNow();
        change(referral, now);
        if (announce?.Invoke(referral, now) is { } integrationEvent)
        {
            db.AddIntegrationEvent(integrationEvent);
        }

        audit.Record(db, action, nameof(Referral), referral.Id.ToString(), before, ReferralSummary.From(referral));
        await db.SaveChangesAsync(cancellationToken);
        return ReferralResponse.From(referral);
    }
}
