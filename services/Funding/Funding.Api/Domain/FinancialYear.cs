using System.Globalization;
using System.Text.RegularExpressions;

namespace Funding.Api.Domain;

/// <summary>A UK public-sector financial year, 1 April to 31 March, written <c>2025/26</c> as in the seeds' budget lines.</summary>
public readonly partial record struct FinancialYear(int StartYear)
{
    public DateOnly FirstDay => new(StartYear, 4, 1);

    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    public FinancialYear Next => new(StartYear + 1);

    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Quarter 1 is April–June, 4 is January–March.</summary>
    public static int QuarterOf(DateOnly date) => ((date.Month + 8) % 12 / 3) + 1;

    public DateOnly QuarterEnd(int quarter) => FirstDay.AddMonths(3 * quarter).AddDays(-1);

    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != end)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    public static FinancialYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"'{text}' is not a financial year such as 2025/26.");

    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:00}";

    public const string PatternText = "^(?<start>20[0-9]{2})/(?<end>[0-9]{2})$";

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();
}
