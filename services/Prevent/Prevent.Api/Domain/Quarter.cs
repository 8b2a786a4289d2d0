using Platform.ServiceDefaults.Errors;

namespace Prevent.Api.Domain;

/// <summary>A calendar quarter (1 = January to March), the period the outcomes framework reads measures by.</summary>
public sealed record Quarter(int Year, int Number)
{
    public DateOnly From => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly To => From.AddMonths(3).AddDays(-1);

    public string Name => $"{Year}-Q{Number}";

    public static Quarter Of(int year, int number) =>
        number is >= 1 and <= 4 && year is >= 2000 and <= 2100
            ? new Quarter(year, number)
            : throw new RuleViolationException("quarter-invalid", "Give a year from 2000 and a quarter from 1 to 4.", RuleViolationKind.BusinessRule);
}

/// <summary>A published count; below <see cref="Threshold"/> it is withheld so small groups of people cannot be identified.</summary>
public sealed record StatisticCell(int? Count, bool Suppressed)
{
    public const int Threshold = 5;

    public static StatisticCell Of(int count) => count < Threshold ? new StatisticCell(null, true) : new StatisticCell(count, false);

    /// <summary>
    /// The cells of one breakdown whose total is also published. Small cells are withheld; and when that leaves exactly
    /// one withheld cell, the smallest published cell is withheld too (secondary suppression), since otherwise the
    /// total minus the published cells would give the withheld count exactly.
    /// </summary>
    public static Dictionary<string, StatisticCell> Breakdown(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var cells = counts.ToDictionary(pair => pair.Key, pair => Of(pair.Value));
        if (cells.Count(pair => pair.Value.Suppressed) == 1
            && counts.Where(pair => !cells[pair.Key].Suppressed).OrderBy(pair => pair.Value).FirstOrDefault() is { Key: { } smallest })
        {
            cells[smallest] = new StatisticCell(null, true);
        }

        return cells;
    }
}
