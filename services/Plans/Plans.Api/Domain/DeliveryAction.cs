using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// A SMART action on a priority's work plan: what will be done, by which agency, by when (with milestones), how
/// success is measured and which enabler it serves. Its owner sets its RAG status with a note; once complete it is
/// closed. An incomplete action past its due date is reported red whatever its owner last said
/// (<see cref="ReportedStatus"/>): that is computed from today, never stored.
/// </summary>
public sealed class DeliveryAction
{
    private DeliveryAction()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The priority whose work plan holds the action; null only for a composite action plan action whose
    /// target priority (code <c>serious-violence</c>) did not exist when the recommendation was agreed.</summary>
    public Guid? PriorityId { get; private set; }

    public string Description { get; private set; } = "";

    public string OwnerAgency { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public IReadOnlyList<Milestone> Milestones { get; private set; } = [];

    /// <summary>How the partnership will know it worked; null for an action taken from a review recommendation.</summary>
    public string? SuccessMeasure { get; private set; }

    /// <summary>One of <see cref="Enablers"/>.</summary>
    public string Enabler { get; private set; } = "";

    public ActionStatus Status { get; private set; }

    /// <summary>The pseudonymous reference of the review whose recommendation this action is (composite action plan).</summary>
    public string? SourceReviewReference { get; private set; }

    public Guid? SourceRecommendationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    public static DeliveryAction Plan(
        Priority priority, string description, string ownerAgency, DateOnly dueOn, IEnumerable<Milestone> milestones,
        string successMeasure, string enabler, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(priority);
        if (priority.Status == PriorityStatus.Retired)
        {
            throw new RuleViolationException(
                "priority-retired", "A retired priority's work plan is closed: no actions can be added to it.");
        }

        var steps = milestones.ToList();
        if (steps.FirstOrDefault(m => m.DueOn > dueOn) is { } late)
        {
            throw new RuleViolationException(
                "milestone-after-due-date",
                $"Milestone '{late.Title}' is due on {late.DueOn:yyyy-MM-dd}, after the action itself ({dueOn:yyyy-MM-dd}).",
                RuleViolationKind.BusinessRule);
        }

        return new DeliveryAction
        {
            Id = Guid.CreateVersion7(now),
            PriorityId = priority.Id,
            Description = description,
            OwnerAgency = ownerAgency,
            DueOn = dueOn,
            Milestones = [.. steps.OrderBy(m => m.DueOn)],
            SuccessMeasure = successMeasure,
            Enabler = enabler,
            Status = ActionStatus.NotStarted,
            CreatedAt = now,
        };
    }

    /// <summary>An action for the composite action plan from a review's agreed recommendation.</summary>
    public static DeliveryAction FromRecommendation(
        Guid? priorityId, Guid recommendationId, string reviewReference, string text, string ownerAgency, DateOnly dueOn,
        string enabler, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PriorityId = priorityId,
        Description = text,
        OwnerAgency = ownerAgency,
        DueOn = dueOn,
        Enabler = enabler,
        Status = ActionStatus.NotStarted,
        SourceReviewReference = reviewReference,
        SourceRecommendationId = recommendationId,
        CreatedAt = now,
    };

    public bool IsOverdue(DateOnly today) => IsOverdue(Status, DueOn, today);

    /// <summary>The status as reported: red when overdue and not complete, otherwise as its owner set it.</summary>
    public ActionStatus ReportedStatus(DateOnly today) => ReportedStatus(Status, DueOn, today);

    /// <summary>The same rule for reports that read only an action's status and due date.</summary>
    public static bool IsOverdue(ActionStatus status, DateOnly dueOn, DateOnly today) => status != ActionStatus.Complete && today > dueOn;

    public static ActionStatus ReportedStatus(ActionStatus status, DateOnly dueOn, DateOnly today) =>
        IsOverdue(status, dueOn, today) ? ActionStatus.OffTrack : status;

    /// <summary>Sets the RAG status with a note and returns the history entry to keep. A complete action is closed.</summary>
    public ActionStatusChange ChangeStatus(ActionStatus to, string note, string changedBy, DateTimeOffset now)
    {
        if (Status == ActionStatus.Complete)
        {
            throw to == ActionStatus.Complete
                ? new RuleViolationException("action-already-complete", "This action is already complete.")
                : new RuleViolationException("action-complete", "This action is complete: its status can no longer change.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new RuleViolationException(
                "status-note-required", "Say why the status changed: a note is required.", RuleViolationKind.BusinessRule);
        }

        var change = ActionStatusChange.Record(Id, Status, to, note, changedBy, now);
        Status = to;
        CompletedAt = to == ActionStatus.Complete ? now : null;
        return change;
    }
}
