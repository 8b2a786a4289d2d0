using System.Globalization;

namespace Platform.Web.Forms;

/// <summary>A GOV.UK date input's three boxes as typed, and the date they make (with the pattern's error messages).</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public static DateParts Of(DateOnly? date) => date is { } d
        ? new DateParts
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateParts();

    /// <summary>The date, or null with <paramref name="error"/> set to what to tell the person about <paramref name="what"/>.</summary>
    public DateOnly? Read(string what, DateOnly today, bool mustBePast, out string? error)
    {
        error = null;
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(part => string.IsNullOrWhiteSpace(part.Item2)).ToList();
        if (missing.Count == 3)
        {
            error = $"Enter {what}";
            return null;
        }

        if (missing.Count > 0)
        {
            error = $"{Capitalised(what)} must include a {string.Join(" and a ", missing.Select(part => part.Item1))}";
            return null;
        }

        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"{Capitalised(what)} must be a real date";
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (mustBePast && date > today)
        {
            error = $"{Capitalised(what)} must be today or in the past";
            return null;
        }

        return date;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
