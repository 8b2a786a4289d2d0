using Plans.Contracts;
using Platform.ServiceDefaults.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// A partnership priority drawn from the strategic assessment (e.g. "Serious violence"). It moves
/// proposed → adopted → retired; only an adopted priority is live for delivery and funding. Adopting announces
/// <see cref="PriorityAdopted"/>, retiring <see cref="PriorityRetired"/>.
/// </summary>
public sealed class Priority : AggregateRoot
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

    /// <summary>Optional unique slug other services and seeds refer to, e.g. <c>serious-violence</c>.</summary>
    public string? Code { get; private set; }

    /// <summary>The delivery group that owns the priority's work plan; a plan cannot be published without one.</summary>
    public Guid? DeliveryGroupId { get; private set; }

    public PriorityStatus Status { get; private set; }

    /// <summary>The year of the strategic assessment the priority was drawn from; null for one proposed without.</summary>
    public int? AssessmentYear { get; private set; }

    /// <summary>The assessment's findings it answers (evidence keys, e.g. <c>crime-type/Burglary/norwich</c>, <c>key-risk/2</c>).</summary>
    public List<string> Answers { get; private set; } = [];

    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset? AdoptedAt { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    /// <param name="assessment">The strategic assessment it is drawn from, whose findings <paramref name="answers"/> cites.</param>
    public static Priority Propose(
        string title, string description, string strategicTheme, string sponsorAgency, string leadOfficer,
        Guid? deliveryGroupId, DateTimeOffset now, string? code = null,
        StrategicAssessment? assessment = null, IReadOnlyCollection<string>? answers = null)
    {
        answers ??= [];
        if (assessment is null && answers.Count > 0)
        {
            throw new RuleViolationException(
                "answers-without-assessment", "assessmentYear: say which strategic assessment the cited findings are from.", RuleViolationKind.BusinessRule);
        }

        assessment?.EnsureHasEvidence(answers);
        return new Priority
        {
            Id = Guid.CreateVersion7(now),
            Title = title,
            Description = description,
            StrategicTheme = strategicTheme,
            SponsorAgency = sponsorAgency,
            LeadOfficer = leadOfficer,
            Code = code,
            DeliveryGroupId = deliveryGroupId,
            Status = PriorityStatus.Proposed,
            ProposedAt = now,
            AssessmentYear = assessment?.Year,
            Answers = answers.Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    public void Adopt(DateTimeOffset now)
    {
        if (Status != PriorityStatus.Proposed)
        {
            throw new RuleViolationException(
                "priority-not-proposed", $"Only a proposed priority can be adopted; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = PriorityStatus.Adopted;
        AdoptedAt = now;
        Announce(new PriorityAdopted
        {
            OccurredAt = now,
            PriorityId = Id,
            Title = Title,
            StrategicTheme = StrategicTheme,
            SponsorAgency = SponsorAgency,
        });
    }

    /// <param name="openActions">How many actions on its work plan are not complete: they must be finished first.</param>
    public void Retire(int openActions, DateTimeOffset now)
    {
        if (Status != PriorityStatus.Adopted)
        {
            throw new RuleViolationException(
                "priority-not-adopted", $"Only an adopted priority can be retired; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        if (openActions > 0)
        {
            throw new RuleViolationException(
                "priority-has-open-actions",
                $"This priority's work plan has {openActions} action(s) not complete; complete them before retiring it.");
        }

        Status = PriorityStatus.Retired;
        RetiredAt = now;
        Announce(new PriorityRetired { OccurredAt = now, PriorityId = Id });
    }

    public void AssignDeliveryGroup(Guid deliveryGroupId)
    {
        if (Status == PriorityStatus.Retired)
        {
            throw new RuleViolationException("priority-retired", "A retired priority's delivery group can no longer change.");
        }

        DeliveryGroupId = deliveryGroupId;
    }
}
