using System.Text.Json;

namespace CommunityTrigger.Api.Domain;

/// <summary>
/// Monday to Friday except bank holidays. The holidays are data (BankHolidays/*.json, from gov.uk), so a new year or a
/// one-off holiday is a data change; a date outside the years the data covers is refused rather than guessed.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string EnglandAndWalesResource = "CommunityTrigger.BankHolidays.england-and-wales.json";

    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar = new(() => LoadEmbedded(EnglandAndWalesResource));

    private readonly HashSet<DateOnly> bankHolidays;

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays, int firstYear, int lastYear)
    {
        this.bankHolidays = [.. bankHolidays];
        FirstYear = firstYear;
        LastYear = lastYear;
        if (this.bankHolidays.Any(d => d.Year < firstYear || d.Year > lastYear))
        {
            throw new ArgumentException($"Bank holidays must fall within {firstYear}-{lastYear}.", nameof(bankHolidays));
        }
    }

    public static WorkingDayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    public int FirstYear { get; }

    public int LastYear { get; }

    public IReadOnlyCollection<DateOnly> BankHolidays => bankHolidays;

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(date);
    }

    /// <summary>The <paramref name="workingDays"/>th working day after <paramref name="start"/> (which itself never counts).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; zero when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            count += IsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    private void EnsureCovered(DateOnly date)
    {
        if (date.Year < FirstYear || date.Year > LastYear)
        {
            throw new InvalidOperationException(
                $"The bank-holiday calendar covers {FirstYear}-{LastYear}; add {date.Year}'s bank holidays to Domain/BankHolidays.");
        }
    }

    private static WorkingDayCalendar LoadEmbedded(string resourceName)
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");
        var file = JsonSerializer.Deserialize<BankHolidayFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{resourceName} is empty.");
        return new WorkingDayCalendar(file.Events.Select(e => e.Date), file.FirstYear, file.LastYear);
    }

    private sealed record BankHolidayFile(int FirstYear, int LastYear, IReadOnlyList<BankHoliday> Events);

    private sealed record BankHoliday(DateOnly Date, string Title);
}
