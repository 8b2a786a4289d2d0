using CommunityTrigger.Api.Domain;
using Platform.ServiceDefaults.Time;

namespace CommunityTrigger.Api.Cases;

/// <summary>Now and today (in England) from the injected <see cref="TimeProvider"/>, with the timescales they are judged by.</summary>
public sealed class CaseClock(TimeProvider time, DeadlinePolicy deadlines, WorkingDayCalendar calendar)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => UkDate.Of(Now);

    public DeadlinePolicy Deadlines => deadlines;

    public WorkingDayCalendar Calendar => calendar;

    public DeadlineStatus? DecisionDeadline(TriggerCase triggerCase)
    {
        ArgumentNullException.ThrowIfNull(triggerCase);
        return triggerCase.DecisionDeadlineStatus(Today, deadlines, calendar);
    }

    public CaseResponse View(TriggerCase triggerCase) => CaseResponse.From(triggerCase, DecisionDeadline(triggerCase));
}
