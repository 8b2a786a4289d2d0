using Platform.ServiceDefaults.Errors;

namespace Prevent.Api.Domain;

/// <summary>
/// A Channel panel meeting of one council: when it sat, who chaired and who attended. Case decisions and support-plan
/// reviews refer to the meeting they were taken at, so the attendance is recorded once and cannot differ per case.
/// </summary>
public sealed class PanelMeeting
{
    private PanelMeeting()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The district council whose panel met; only its Prevent lead and panel members see the meeting.</summary>
    public string Council { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    /// <summary>The local authority chair.</summary>
    public string Chair { get; private set; } = "";

    public IReadOnlyList<string> Attendees { get; private set; } = [];

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static PanelMeeting Record(string council, DateOnly heldOn, string chair, IReadOnlyList<string> attendees, string recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        var present = attendees.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (present.Count == 0)
        {
            throw new RuleViolationException("panel-attendees-required", "Record who attended the panel.", RuleViolationKind.BusinessRule);
        }

        return new PanelMeeting
        {
            Id = Guid.CreateVersion7(now),
            Council = council,
            HeldOn = heldOn,
            Chair = chair.Trim(),
            Attendees = present,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
    }

    /// <summary>A decision or review is taken at a meeting that has sat, not at one still to come.</summary>
    public void EnsureHeld(DateOnly today)
    {
        if (HeldOn > today)
        {
            throw new RuleViolationException("panel-meeting-not-held", $"The panel meeting of {HeldOn:yyyy-MM-dd} has not been held yet.");
        }
    }
}
