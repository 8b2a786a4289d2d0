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
/// One pathway for both doors: a new referral is checked, linked to any earlier referral of the same person, and
/// committed with its audit entry and <see cref="PreventReferralReceived"/>. A submission already seen under the same
/// key (a retry, or a concurrent duplicate) hits the unique (agency, key) index and returns the original referral, or
/// is refused if the body differs.
/// </summary>
public sealed class ReferralIntake(PreventDbContext db, AuditTrail audit, TimeProvider clock)
{
    // Compiled once: every referral runs this lookup, and translating the LINQ each time cost more than the query.
    private static readonly Func<PreventDbContext, string, CancellationToken, Task<Referral?>> LatestReferralOfPerson =
        EF.CompileAsyncQuery((PreventDbContext db, string personMatchKey, CancellationToken _) => db.Referrals.AsNoTracking()
            .Where(r => r.PersonMatchKey == personMatchKey)
            .OrderByDescending(r => r.ReceivedAt)
            .FirstOrDefault());

    public async Task<IntakeResult> ReceiveAsync(NewReferral newReferral, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newReferral);
        ArgumentNullException.ThrowIfNull(submission);
        var now = clock.GetUtcNow();
        if (newReferral.Problems(UkDate.Of(now)) is { Count: > 0 } problems)
        {
            // A retry of a referral accepted earlier still gets the original, even if a rule has changed since.
            return await ExistingAsync(submission, cancellationToken) ?? new IntakeResult.Invalid(problems);
        }

        var referral = Referral.Receive(newReferral, submission, now);
        if (referral.PersonMatchKey is { } key && await LatestReferralOfPerson(db, key, cancellationToken) is { } previous)
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
            // Inserting first makes a new referral one round trip cheaper; a retry or a concurrent duplicate lands here.
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
