namespace Platform.ServiceDefaults.Disclosure;

/// <summary>A count entered into a <see cref="SmallNumberSuppression"/>; its published value is read from <see cref="PublishedFigures"/>.</summary>
public readonly record struct Figure(int Index);

/// <summary>
/// The platform's one small-number disclosure control for counts of people or cases that leave a service (decision 0014).
/// <para>
/// <b>Primary suppression:</b> every count under <see cref="Threshold"/> is withheld, zero included. A withheld cell
/// then says "0 to 4", never "1 to 4", so it does not tell a reader that someone in a small group is there; and withheld
/// zeros hide the small cells beside them without costing a published figure.
/// </para>
/// <para>
/// <b>Secondary suppression:</b> figures declared as a total of others (<see cref="Total"/>, <see cref="Breakdown{TKey}"/>)
/// must not give a withheld count away by subtraction. No total-and-parts line is left with exactly one withheld entry
/// (the smallest published part, else the total, is withheld with it), and no withheld small count may follow from any
/// combination of the published lines (a two-way table's rows and columns, a total shared by several breakdowns): while
/// one does, a further published entry of a line holding it is withheld, smallest first. A part that is never published
/// (<see cref="Unpublished"/>) counts as withheld, so a published figure minus a published part of it is covered too.
/// </para>
/// </summary>
/// <example>
/// <code>
/// var suppression = new SmallNumberSuppression();
/// var total = suppression.Count(referrals.Count);
/// var byDistrict = suppression.Breakdown(total, countsByDistrict);
/// var published = suppression.Apply();
/// int? county = published[total]; // null when withheld
/// </code>
/// </example>
public sealed class SmallNumberSuppression
{
    /// <summary>Counts below this (0 to 4) are withheld.</summary>
    public const int Threshold = 5;

    private const double Tolerance = 1e-9;

    private readonly List<int> counts = [];
    private readonly List<bool> unpublished = [];
    private readonly List<Line> lines = [];

    /// <summary>A count to publish; on its own (in no <see cref="Total"/>) only primary suppression applies to it.</summary>
    public Figure Count(int count) => Add(count, published: true);

    /// <summary>
    /// A count that is never published but that, with published figures, makes up a published total: e.g. the Channel
    /// referrals not adopted, when both the Channel referrals and the adoptions are published. Declared, it cannot be
    /// worked out as their difference either.
    /// </summary>
    public Figure Unpublished(int count) => Add(count, published: false);

    /// <summary>Declares that <paramref name="total"/> is published as the sum of <paramref name="parts"/>.</summary>
    /// <exception cref="ArgumentException">The parts do not add up to the total, or a figure belongs to another suppression.</exception>
    public void Total(Figure total, IEnumerable<Figure> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var members = parts.ToArray();
        foreach (var figure in members.Append(total))
        {
            if (figure.Index < 0 || figure.Index >= counts.Count)
            {
                throw new ArgumentException($"Figure {figure.Index} was not counted by this suppression.", nameof(parts));
            }
        }

        if (members.Sum(part => counts[part.Index]) != counts[total.Index])
        {
            throw new ArgumentException(
                $"The parts add up to {members.Sum(part => counts[part.Index])}, not to their total {counts[total.Index]}.", nameof(parts));
        }

        lines.Add(new Line(total.Index, [.. members.Select(part => part.Index)]));
    }

    /// <summary>Counts the cells of one breakdown of <paramref name="total"/> (every key, zeros included) and declares their sum.</summary>
    public IReadOnlyDictionary<TKey, Figure> Breakdown<TKey>(Figure total, IReadOnlyDictionary<TKey, int> cells)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(cells);
        var figures = cells.ToDictionary(cell => cell.Key, cell => Count(cell.Value));
        Total(total, figures.Values);
        return figures;
    }

    /// <summary>Decides which figures are withheld. Deterministic: the same counts always withhold the same cells.</summary>
    public PublishedFigures Apply()
    {
        var withheld = counts.Select((count, index) => count < Threshold || unpublished[index]).ToArray();
        while (NextToWithhold(withheld) is { } next)
        {
            withheld[next] = true;
        }

        return new PublishedFigures([.. counts.Select((count, index) => withheld[index] ? (int?)null : count)]);
    }

    private Figure Add(int count, bool published)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        counts.Add(count);
        unpublished.Add(!published);
        return new Figure(counts.Count - 1);
    }

    private int? NextToWithhold(bool[] withheld)
    {
        // A line with one withheld entry gives it away by subtraction (harmless only for a large figure that is merely
        // not published).
        foreach (var line in lines)
        {
            var alone = line.Entries.Where(index => withheld[index]).Take(2).ToList();
            if (alone.Count == 1 && (!unpublished[alone[0]] || counts[alone[0]] < Threshold) && SmallestPublished(line, withheld) is { } complement)
            {
                return complement;
            }
        }

        // Several lines together can still give one away (a cell whose row and column both look safe, say). A withheld
        // zero that follows from the lines alone, whatever the published figures, is no person and needs no cover.
        foreach (var recoverable in Recoverable(withheld).Where(index => counts[index] is > 0 and < Threshold))
        {
            var nearby = lines.Where(line => line.Entries.Contains(recoverable))
                .Select(line => SmallestPublished(line, withheld))
                .OfType<int>();
            if ((Smallest(nearby) ?? Smallest(lines.SelectMany(line => line.Entries).Where(index => !withheld[index]))) is { } complement)
            {
                return complement;
            }
        }

        return null;
    }

    private int? Smallest(IEnumerable<int> indices) =>
        indices.Distinct().OrderBy(index => counts[index]).ThenBy(index => index).Cast<int?>().FirstOrDefault();

    /// <summary>The line's smallest published part (earliest counted first among equals), else its total if published.</summary>
    private int? SmallestPublished(Line line, bool[] withheld) =>
        Smallest(line.Parts.Where(index => !withheld[index])) ?? (withheld[line.TotalIndex] ? null : line.TotalIndex);

    /// <summary>
    /// Withheld figures whose value the published figures fix: with the withheld figures as unknowns, each line is one
    /// linear equation; an unknown is fixed exactly when the equations' reduced row echelon form has a row that names it
    /// alone.
    /// </summary>
    private List<int> Recoverable(bool[] withheld)
    {
        var unknowns = lines.SelectMany(line => line.Entries).Distinct().Where(index => withheld[index]).Order().ToList();
        if (unknowns.Count == 0)
        {
            return [];
        }

        var column = unknowns.Select((index, position) => (index, position)).ToDictionary(pair => pair.index, pair => pair.position);
        var rows = lines.Select(line =>
        {
            var row = new double[unknowns.Count];
            foreach (var part in line.Parts.Where(index => withheld[index]))
            {
                row[column[part]] += 1;
            }

            if (withheld[line.TotalIndex])
            {
                row[column[line.TotalIndex]] -= 1;
            }

            return row;
        }).ToList();

        return [.. ReducedRowEchelon(rows, unknowns.Count)
            .Select(row => Enumerable.Range(0, unknowns.Count).Where(c => Math.Abs(row[c]) > Tolerance).ToList())
            .Where(nonZero => nonZero.Count == 1)
            .Select(nonZero => unknowns[nonZero[0]])];
    }

    private static List<double[]> ReducedRowEchelon(List<double[]> rows, int columns)
    {
        var pivotRow = 0;
        for (var c = 0; c < columns && pivotRow < rows.Count; c++)
        {
            var best = Enumerable.Range(pivotRow, rows.Count - pivotRow).MaxBy(r => Math.Abs(rows[r][c]));
            if (Math.Abs(rows[best][c]) <= Tolerance)
            {
                continue;
            }

            (rows[pivotRow], rows[best]) = (rows[best], rows[pivotRow]);
            var pivot = rows[pivotRow][c];
            for (var k = 0; k < columns; k++)
            {
                rows[pivotRow][k] /= pivot;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != pivotRow && Math.Abs(rows[r][c]) > Tolerance)
                {
                    var factor = rows[r][c];
                    for (var k = 0; k < columns; k++)
                    {
                        rows[r][k] -= factor * rows[pivotRow][k];
                    }
                }
            }

            pivotRow++;
        }

        return rows.Take(pivotRow).ToList();
    }

    private sealed record Line(int TotalIndex, int[] Parts)
    {
        public IEnumerable<int> Entries => Parts.Append(TotalIndex);
    }
}

/// <summary>The figures of a <see cref="SmallNumberSuppression"/> as they may be published: null where withheld.</summary>
public sealed class PublishedFigures
{
    private readonly int?[] values;

    internal PublishedFigures(int?[] values) => this.values = values;

    /// <summary>The count, or null when it is withheld.</summary>
    public int? this[Figure figure] => values[figure.Index];

    public bool IsWithheld(Figure figure) => values[figure.Index] is null;

    /// <summary>A breakdown's published values by key, in the breakdown's order.</summary>
    public IReadOnlyDictionary<TKey, int?> Of<TKey>(IReadOnlyDictionary<TKey, Figure> figures)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.ToDictionary(pair => pair.Key, pair => this[pair.Value]);
    }
}
