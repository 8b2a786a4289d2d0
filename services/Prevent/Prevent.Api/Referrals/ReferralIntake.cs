using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Time;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Contracts;

namespace Prevent.Api.Referrals;

/// <summary>
/// One pathway for both doors: a submission already seen under the same key returns the original referral (or is
/// refused if the body differs); a new one is checked, linked to any earlier referral of the same person, and
/// committed with its audit entry and <see cref="PreventReferralReceived"/>. Concurrent duplicates race to the
/// unique (agency, key) index; the loser reads the winner.
/// </summary>
public sealed class ReferralIntake(PreventDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<IntakeResult> ReceiveAsync(NewReferral newReferral, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newReferral);
        ArgumentNullException.ThrowIfNull(submission);
        if (await ExistingAsync(submission, cancellationToken) is { } seen)
        {
            return seen;
        }

        var now = clock.GetUtcNow();
        if (newReferral.Problems(UkDate.Of(now)) is { Count: > 0 } problems)
        {
            return new IntakeResult.Invalid(problems);
        }

        var referral = Referral.Receive(newReferral, submission, now);
        if (referral.PersonMatchKey is { } key
            && await db.Referrals.Where(r => r.PersonMatchKey == key).OrderByDescending(r => r.ReceivedAt).FirstOrDefaultAsync(cancellationToken)
                is { } previous)
        {
            referral.LinkToPrevious(previous);
        }

        db.Referrals.Add(referral);
        db.AddIntegrationEvent(new PreventReferralReceived
        {
            OccurredAt = now,
            ReferralId = referral.Id,
            Sector = EnumNames.NameOf(referral.Sector),
            AgeBand = referral.AgeBand,
            District = referral.District,
        });
        audit.Record(db, "referral-received", nameof(Referral), referral.Id.ToString(), after: ReferralSummary.From(referral));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return await ExistingAsync(submission, cancellationToken) ?? throw new InvalidOperationException("The duplicate vanished.", e);
        }

        return new IntakeResult.Received(referral);
    }

    private async Task<IntakeResult?> ExistingAsync(Submission submission, CancellationToken cancellationToken)
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
