using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// A partnership priority drawn from the strategic assessment (e.g. "Serious violence"). It moves
/// proposed → adopted → retired; only an adopted priority is live for delivery and funding.
/// </summary>
public sealed class Priority
{
    private Priority()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string StrategicTheme { get; private set; } = "";

    public string SponsorAgency { get; private set; } = "";

    public string LeadOfficer { get; private set; } = "";

    public string? DeliveryGroup { get; private set; }

    public PriorityStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset? AdoptedAt { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    public static Priority Propose(
        string title, string description, string strategicTheme, string sponsorAgency, string leadOfficer,
        string? deliveryGroup, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Title = title,
        Description = description,
        StrategicTheme = strategicTheme,
        SponsorAgency = sponsorAgency,
        LeadOfficer = leadOfficer,
        DeliveryGroup = deliveryGroup,
        Status = PriorityStatus.Proposed,
        ProposedAt = now,
    };

    public void Adopt(DateTimeOffset now)
    {
        if (Status != PriorityStatus.Proposed)
        {
            throw new RuleViolationException(
                "priority-not-proposed", $"Only a proposed priority can be adopted; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = PriorityStatus.Adopted;
        AdoptedAt = now;
    }

    public void Retire(DateTimeOffset now)
    {
        if (Status != PriorityStatus.Adopted)
        {
            throw new RuleViolationException(
                "priority-not-adopted", $"Only an adopted priority can be retired; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = PriorityStatus.Retired;
        RetiredAt = now;
    }
}
