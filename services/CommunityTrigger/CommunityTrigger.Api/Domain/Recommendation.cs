using Platform.ServiceDefaults.Errors;

namespace CommunityTrigger.Api.Domain;

/// <summary>An action the case review asked of one agency, tracked until that agency completes it.</summary>
public sealed class Recommendation
{
    private Recommendation()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Text { get; private set; } = "";

    public string OwnerAgency { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset MadeAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletionNote { get; private set; }

    public bool IsOverdue(DateOnly today) => CompletedAt is null && today > DueOn;

    internal static Recommendation Make(Guid caseId, string text, string ownerAgency, DateOnly dueOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CaseId = caseId,
        Text = text,
        OwnerAgency = ownerAgency,
        DueOn = dueOn,
        MadeAt = now,
    };

    internal void Complete(string? note, DateTimeOffset now)
    {
        if (CompletedAt is not null)
        {
            throw new RuleViolationException("recommendation-already-completed", "This recommendation was already completed.");
        }

        CompletedAt = now;
        CompletionNote = note;
    }
}
