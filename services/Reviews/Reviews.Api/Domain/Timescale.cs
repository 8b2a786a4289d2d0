namespace Reviews.Api.Domain;

/// <param name="HeldDays">Days on hold up to today; overlapping holds count once.</param>
/// <param name="DueOn">The target date net of holds so far and extensions.</param>
public sealed record Timescale(DateOnly StartedOn, int HeldDays, int ExtensionDays, DateOnly DueOn, bool OnHold, TimescaleStatus Status)
{
    /// <summary>
    /// The six-month target counted from the decision to commission, moved on by every day on hold (an open hold
    /// counts to today, so the clock stands still while it lasts) and every agreed extension day. Judged until the
    /// report first goes to the Home Office; then <paramref name="stoppedOn"/> is the day it stopped.
    /// </summary>
    public static Timescale Calculate(
        DateOnly startedOn,
        IEnumerable<Hold> holds,
        IEnumerable<Extension> extensions,
        TimescalePolicy policy,
        DateOnly today,
        DateOnly? stoppedOn = null)
    {
        ArgumentNullException.ThrowIfNull(holds);
        ArgumentNullException.ThrowIfNull(extensions);
        ArgumentNullException.ThrowIfNull(policy);
        var asOf = stoppedOn ?? today;
        var holdList = holds.ToList();
        var heldDays = DaysCovered(holdList, startedOn, asOf);
        var extensionDays = extensions.Sum(e => e.Days);
        var dueOn = startedOn.AddMonths(policy.ReviewMonths).AddDays(heldDays + extensionDays);
        var onHold = stoppedOn is null && holdList.Any(h => h.From <= today && (h.Until is null || h.Until > today));
        return new(startedOn, heldDays, extensionDays, dueOn, onHold, StatusOn(asOf, dueOn, policy));
    }

    private static TimescaleStatus StatusOn(DateOnly asOf, DateOnly dueOn, TimescalePolicy policy) =>
        asOf > dueOn ? TimescaleStatus.Overdue
        : asOf > dueOn.AddDays(-policy.AtRiskDays) ? TimescaleStatus.AtRisk
        : TimescaleStatus.OnTrack;

    /// <summary>Distinct days in [startedOn, asOf) covered by any hold; a hold's last day is the day before <see cref="Hold.Until"/>.</summary>
    private static int DaysCovered(IReadOnlyList<Hold> holds, DateOnly startedOn, DateOnly asOf)
    {
        var covered = 0;
        var countedTo = startedOn;
        foreach (var hold in holds.OrderBy(h => h.From))
        {
            var from = Max(hold.From, countedTo);
            var until = Min(hold.Until ?? asOf, asOf);
            if (until > from)
            {
                covered += until.DayNumber - from.DayNumber;
                countedTo = until;
            }
        }

        return covered;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
