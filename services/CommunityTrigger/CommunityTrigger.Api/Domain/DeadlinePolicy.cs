namespace CommunityTrigger.Api.Domain;

/// <summary>Local timescales (configuration section <c>CommunityTrigger:Deadlines</c>).</summary>
public sealed record DeadlinePolicy
{
    /// <summary>The threshold decision is due this many working days after the application was received.</summary>
    public int DecisionWorkingDays { get; init; } = 10;

    /// <summary>A pending decision counts as due soon when this many working days or fewer remain.</summary>
    public int DueSoonWorkingDays { get; init; } = 2;

    /// <summary>Calendar days after the outcome is sent in which the applicant may appeal.</summary>
    public int AppealWindowDays { get; init; } = 21;

    public DeadlineStatus Classify(DateOnly dueOn, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (today > dueOn)
        {
            return DeadlineStatus.Overdue;
        }

        return calendar.WorkingDaysBetween(today, dueOn) <= DueSoonWorkingDays ? DeadlineStatus.DueSoon : DeadlineStatus.OnTrack;
    }
}

public enum DeadlineStatus
{
    OnTrack,
    DueSoon,
    Overdue,
}
