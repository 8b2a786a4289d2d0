using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Time;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Contracts;

namespace Prevent.Api.Referrals;

/// <summary>
/// One pathway for both doors: a new referral is checked, then handed with its <see cref="PreventReferralReceived"/>
/// and its audit entry to the <see cref="ReferralWriter"/>, which links it to any earlier referral of the same person
/// and commits all three together. A submission already seen under the same key (a retry, or a concurrent duplicate)
/// returns the original referral, or is refused if the body differs.
/// </summary>
public sealed class ReferralIntake(PreventDbContext db, ReferralWriter writer, AuditTrail audit, TimeProvider clock)
{
    public async Task<IntakeResult> ReceiveAsync(NewReferral newReferral, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newReferral);
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        if (newReferral.Problems(UkDate.Of(now)) is { Count: > 0 } problems)
        {
            // A retry of a referral accepted earlier still gets the original, even if a rule has changed since.
            return await OriginalAsync(db, submission, cancellationToken) ?? new IntakeResult.Invalid(problems);
        }

        var referral = Referral.Receive(newReferral, submission, now);
        var received = new PreventReferralReceived
        {
            OccurredAt = now,
            ReferralId = referral.Id,
            Sector = EnumNames.NameOf(referral.Sector),
            AgeBand = referral.AgeBand,
            District = referral.District,
        };
        var entry = audit.Entry("referral-received", nameof(Referral), referral.Id.ToString(), after: ReferralSummary.From(referral));
        return await writer.WriteAsync(new PendingReferral(referral, submission, received, entry, Activity.Current), cancellationToken);
    }

    /// <summary>The referral first submitted under this key: the same body gets it back, another body is refused.</summary>
    internal static async Task<IntakeResult?> OriginalAsync(PreventDbContext db, Submission submission, CancellationToken cancellationToken)
    {
        var existing = await db.Referrals.AsNoTracking()
            .SingleOrDefaultAsync(r => r.SubmittedByAgency == submission.Agency && r.IntakeKey == submission.Key, cancellationToken);
        return existing switch
        {
            null => null,
            _ when existing.RequestHash == submission.RequestHash => new IntakeResult.AlreadyReceived(existing),
            _ => new IntakeResult.KeyReused(existing.Id),
        };
    }
}

public abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    public sealed record Received(Referral Referral) : IntakeResult;

    public sealed record AlreadyReceived(Referral Referral) : IntakeResult;

    public sealed record KeyReused(Guid ReferralId) : IntakeResult;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Problems) : IntakeResult;
}
