using CommunityTrigger.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Time;

namespace CommunityTrigger.Api.Cases;

/// <summary>
/// Receives an application, whichever way it came in: checks it against the domain's rules (field by field), creates
/// the case with a fresh status reference, and commits the case, its audit entry and the event it announces together.
/// </summary>
public sealed class ApplicationIntake(Changes<TriggerCase> cases, CaseClock clock)
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
        var triggerCase = await cases.AddAsync(
            TriggerCase.Receive(application, StatusToken.Hash(reference), now, clock.Deadlines, clock.Calendar),
            "application-received",
            cancellationToken);
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
