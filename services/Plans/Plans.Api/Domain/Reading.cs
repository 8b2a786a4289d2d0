using Platform.Contracts;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// A measure's value for one quarter in one area (the county or a district). Analyst readings are entered and
/// re-entered by hand; derived readings are counts kept by the event consumers (see <see cref="ReadingContribution"/>).
/// </summary>
public sealed class Reading
{
    private Reading()
    {
    }

    public Guid MeasureId { get; private set; }

    /// <summary>The first day of the quarter.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary><c>county</c> or a district slug.</summary>
    public string Area { get; private set; } = "";

    public decimal Value { get; private set; }

    public ReadingOrigin Origin { get; private set; }

    /// <summary>The analyst's note on the figure (e.g. "provisional"); never about a person.</summary>
    public string? Note { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): two analysts re-entering the same figure cannot overwrite each other unseen.</summary>
    public uint Version { get; private set; }

    public Quarter Period => Quarter.FromStart(PeriodStart);

    /// <summary>The rules for an analyst's figure, checked before anything is read or written.</summary>
    public static void CheckAnalystEntry(Measure measure, Quarter period, string area, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measure);
        EnsureKnownArea(area);
        if (period.IsAfter(today))
        {
            throw new RuleViolationException(
                "period-in-future", $"{period} has not started yet, so it cannot have a reading.", RuleViolationKind.BusinessRule);
        }

        measure.EnsureAcceptsAnalystReadings();
    }

    /// <summary>Readings are kept for the county and the seven districts only.</summary>
    public static void EnsureKnownArea(string area)
    {
        if (!Districts.IsArea(area))
        {
            throw new RuleViolationException(
                "unknown-area",
                $"'{area}' is not an area: use county or one of {string.Join(", ", Districts.All)}.",
                RuleViolationKind.BusinessRule);
        }
    }

    public static Reading EnterByAnalyst(
        Measure measure, Quarter period, string area, decimal value, string? note, DateOnly today, DateTimeOffset now)
    {
        CheckAnalystEntry(measure, period, area, today);
        return new Reading
        {
            MeasureId = measure.Id,
            PeriodStart = period.Start,
            Area = area,
            Value = value,
            Origin = ReadingOrigin.Analyst,
            Note = note,
            UpdatedAt = now,
        };
    }

    /// <summary>Re-entering replaces the figure; the audit trail keeps the one it replaced.</summary>
    public void Replace(decimal value, string? note, DateTimeOffset now)
    {
        Value = value;
        Note = note;
        UpdatedAt = now;
    }
}
