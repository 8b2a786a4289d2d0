using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Time;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// The one pathway behind both doors (HTTP: <see cref="SubmitReferralEndpoint"/>; AMQP: <see cref="AmqpReferralListener"/>
/// → <see cref="PartnerMessageDoor"/>): a new referral is checked, then handed with the event it announced
/// (<see cref="Prevent.Contracts.PreventReferralReceived"/>) and its audit entry to the <see cref="ReferralWriter"/>,
/// which links it to any earlier referral of the same person and commits all three together. A submission already seen under the same key (a retry, or a concurrent duplicate)
/// returns the original referral, or is refused if what was sent differs.
/// </summary>
public sealed class ReferralIntake(
    PreventDbContext db, ReferralWriter writer, AuditTrail audit, TimeProvider clock, IOptions<JsonOptions> json, PersonMatch personMatch)
{
    /// <param name="sender">Who sent it: the caller on HTTP, the partner on AMQP.</param>
    /// <param name="key">Unique per agency: the Idempotency-Key, or the partner's reference with <see cref="Submission.PartnerReferencePrefix"/>.</param>
    public async Task<IntakeResult> ReceiveAsync(ReferralRequest request, Sender sender, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sender);
        if (sender.ReferrerAgency(request.ReferrerAgency) is not { } referrer)
        {
            return new IntakeResult.ForAnotherAgency(sender.Agency, request.ReferrerAgency!);
        }

        request = request with { ReferrerAgency = referrer };
        var submission = new Submission(sender.Agency, key, request.Fingerprint(json.Value.SerializerOptions));
        var newReferral = request.ToNewReferral();
        var now = clock.GetUtcNow();
        if (newReferral.Problems(UkDate.Of(now)) is { Count: > 0 } problems)
        {
            // A retry of a referral accepted earlier still gets the original, even if a rule has changed since.
            return await OriginalAsync(submission, cancellationToken) ?? new IntakeResult.Invalid(problems);
        }

        var referral = Referral.Receive(newReferral, submission, personMatch, now);
        var entry = audit.Entry("referral-received", nameof(Referral), referral.Id.ToString(), after: ReferralSummary.From(referral));

        // Taken here, not at the batch's save: each outbox row must carry its own request's trace, and a batch that is
        // rolled back and written again needs the events a second time.
        var announced = referral.TakeAnnouncedEvents();
        if (await writer.WriteAsync(new PendingReferral(referral, announced, entry, Activity.Current), cancellationToken))
        {
            return new IntakeResult.Received(referral);
        }

        // Not cancellable from here, as the write was not: the referral holding the key exists, and this is its answer.
        // If none does, another unique index refused it: the caller gets that rule (as the database refusals are named).
        return await OriginalAsync(submission, CancellationToken.None)
            ?? throw new RuleViolationException("duplicate", "A record with the same identifying values already exists.");
    }

    /// <summary>The referral first submitted under this key: the same body gets it back, another body is refused.</summary>
    private async Task<IntakeResult?> OriginalAsync(Submission submission, CancellationToken cancellationToken)
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

    /// <summary>A partner system named another agency as the referrer (<see cref="Sender.OwnAgencyRule"/>).</summary>
    public sealed record ForAnotherAgency(string Sender, string Named) : IntakeResult
    {
        public string Reason => $"A partner system refers for its own agency ({Sender}) only; referrerAgency names {Named}.";
    }
}
