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
    /// <summary>Applies the change and answers with the full case (for the owning council's lead and panel).</summary>
    public async Task<ReferralResponse> ApplyAsync(
        Guid id,
        string action,
        Action<Referral, DateTimeOffset> change,
        CancellationToken cancellationToken,
        Func<Referral, DateTimeOffset, IntegrationEvent?>? announce = null,
        Func<CurrentUser, Referral, bool>? mayAct = null) =>
        ReferralResponse.From(await ChangeAsync(id, action, change, announce, mayAct, cancellationToken));

    /// <summary>Applies the change and answers with where the referral stands only: for callers who may act on a case
    /// without seeing who it is about (the police triaging it).</summary>
    public async Task<ReferralStatusResponse> ApplyForStatusAsync(
        Guid id,
        string action,
        Action<Referral, DateTimeOffset> change,
        Func<CurrentUser, Referral, bool> mayAct,
        CancellationToken cancellationToken) =>
        ReferralStatusResponse.From(await ChangeAsync(id, action, change, announce: null, mayAct, cancellationToken));

    private async Task<Referral> ChangeAsync(
        Guid id,
        string action,
        Action<Referral, DateTimeOffset> change,
        Func<Referral, DateTimeOffset, IntegrationEvent?>? announce,
        Func<CurrentUser, Referral, bool>? mayAct,
        CancellationToken cancellationToken)
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
        return referral;
    }
}
