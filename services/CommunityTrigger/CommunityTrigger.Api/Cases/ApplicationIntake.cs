using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using CommunityTrigger.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Time;

namespace CommunityTrigger.Api.Cases;

/// <summary>
/// Receives an application, whichever way it came in: checks it against the domain's rules (field by field), creates
/// the case with a fresh status reference, and commits the case, its audit entry and
/// <see cref="CommunityTriggerApplicationReceived"/> together.
/// </summary>
public sealed class ApplicationIntake(CommunityTriggerDbContext db, AuditTrail audit, CaseClock clock)
{
    public async Task<IntakeResult> ReceiveAsync(NewApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var now = clock.Now;
        if (application.Problems(UkDate.Of(now)) is { Count: > 0 } problems)
        {
            return new IntakeResult.Invalid(problems);
        }

        var reference = StatusToken.Create();
        var triggerCase = TriggerCase.Receive(application, StatusToken.Hash(reference), now, clock.Deadlines, clock.Calendar);
        db.Cases.Add(triggerCase);
        db.AddIntegrationEvent(new CommunityTriggerApplicationReceived
        {
            OccurredAt = now,
            CaseId = triggerCase.Id,
            District = triggerCase.District,
            Channel = triggerCase.Channel.ToKebab(),
            ReceivedOn = triggerCase.ReceivedOn,
            IncidentCount = triggerCase.Incidents.Count,
            HateIncidentCount = triggerCase.Incidents.Count(i => i.HateMotivated),
        });
        audit.Record(db, "application-received", nameof(TriggerCase), triggerCase.Id.ToString(), after: CaseSummary.From(triggerCase));
        await db.SaveChangesAsync(cancellationToken);
        return new IntakeResult.Received(triggerCase, reference);
    }
}

public abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    public sealed record Received(TriggerCase Case, string Reference) : IntakeResult;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Problems) : IntakeResult;
}
