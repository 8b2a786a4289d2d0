using Platform.ServiceDefaults.Errors;

namespace Reviews.Api.Domain;

/// <summary>A chronology or individual management review asked of one agency.</summary>
public sealed record Contribution(Guid Id, string Agency, ContributionKind Kind, DateOnly RequestedOn, DateOnly DueOn, DateOnly? ReceivedOn)
{
    public bool IsOverdue(DateOnly today) => ReceivedOn is null && today > DueOn;

    public Contribution Received(DateOnly on) =>
        ReceivedOn is null
            ? this with { ReceivedOn = on }
            : throw new RuleViolationException("contribution-already-received", "This contribution was already received.");
}
