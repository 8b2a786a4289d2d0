using System.Numerics;
using Platform.ServiceDefaults.Disclosure;

namespace ServiceDefaults.Tests.Disclosure;

public sealed class SmallNumberSuppressionTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(6, false)]
    [InlineData(1000, false)]
    public void Counts_under_five_are_withheld_zero_included(int count, bool withheld)
    {
        var suppression = new SmallNumberSuppression();
        var figure = suppression.Count(count);

        var published = suppression.Apply();

        Assert.Equal(withheld, published.IsWithheld(figure));
        Assert.Equal(withheld ? null : count, published[figure]);
    }

    [Fact]
    public void A_negative_count_or_parts_that_do_not_add_up_to_their_total_are_refused()
    {
        var suppression = new SmallNumberSuppression();
        var total = suppression.Count(10);

        Assert.Throws<ArgumentOutOfRangeException>(() => suppression.Count(-1));
        Assert.Throws<ArgumentException>(() => suppression.Breakdown(total, new Dictionary<string, int> { ["a"] = 6, ["b"] = 3 }));
        Assert.Throws<ArgumentException>(() => suppression.Total(total, [new Figure(99)]));
    }

    [Fact]
    public void A_lone_small_cell_takes_the_smallest_published_cell_with_it_so_the_total_cannot_give_it_away()
    {
        var (lone, loneTotal) = Breakdown(("education", 12), ("health", 7), ("police", 2));
        var (several, _) = Breakdown(("education", 12), ("health", 7), ("police", 2), ("other", 0));
        var (none, _) = Breakdown(("education", 12), ("health", 7));

        Assert.Equal([12, null, null], lone.Values);
        Assert.Equal(21, loneTotal);
        Assert.Equal([12, 7, null, null], several.Values);
        Assert.Equal([12, 7], none.Values);
    }

    [Fact]
    public void A_withheld_zero_alone_in_a_breakdown_is_covered_like_any_other_withheld_cell()
    {
        var (cells, total) = Breakdown(("education", 12), ("health", 7), ("police", 0));

        Assert.Equal([12, null, null], cells.Values);
        Assert.Equal(19, total);
    }

    [Fact]
    public void Among_equal_smallest_cells_the_first_is_withheld_so_the_answer_never_changes_between_calls()
    {
        var (first, _) = Breakdown(("a", 3), ("b", 9), ("c", 9), ("d", 20));
        var (second, _) = Breakdown(("a", 3), ("b", 9), ("c", 9), ("d", 20));

        Assert.Equal([null, null, 9, 20], first.Values);
        Assert.Equal(first.Values, second.Values);
    }

    [Fact]
    public void A_small_total_is_withheld_with_every_cell_of_its_breakdown()
    {
        var (cells, total) = Breakdown(("north", 3), ("south", 1));

        Assert.Null(total);
        Assert.Equal([null, null], cells.Values);
    }

    [Fact]
    public void Breakdowns_sharing_a_total_are_each_protected_and_a_figure_repeated_from_one_is_withheld_with_it()
    {
        // Prevent's quarter: one total, broken down by outcome and by sector; "Channel referrals" repeats an outcome cell.
        var suppression = new SmallNumberSuppression();
        var total = suppression.Count(20);
        var outcomes = suppression.Breakdown(total, new Dictionary<string, int> { ["no-further-action"] = 5, ["signposted"] = 6, ["channel"] = 7, ["awaiting-triage"] = 2 });
        var sectors = suppression.Breakdown(total, new Dictionary<string, int> { ["education"] = 20, ["health"] = 0, ["police"] = 0 });

        var published = suppression.Apply();

        Assert.Equal(20, published[total]);
        Assert.Equal([null, 6, 7, null], published.Of(outcomes).Values);
        Assert.Equal([20, null, null], published.Of(sectors).Values);
    }

    [Fact]
    public void A_published_part_of_a_published_figure_cannot_give_away_the_small_unpublished_rest()
    {
        // 7 Channel referrals, 5 adopted: published as they are, the 2 not adopted would follow by subtraction.
        var suppression = new SmallNumberSuppression();
        var channel = suppression.Count(7);
        var adopted = suppression.Count(5);
        var notAdopted = suppression.Unpublished(2);
        suppression.Total(channel, [adopted, notAdopted]);

        var published = suppression.Apply();

        Assert.Null(published[notAdopted]);
        Assert.True(published[channel] is null || published[adopted] is null, "7 - 5 would give the 2 away");
    }

    [Fact]
    public void An_unpublished_part_is_never_published_however_large()
    {
        var suppression = new SmallNumberSuppression();
        var total = suppression.Count(50);
        var shown = suppression.Count(20);
        var rest = suppression.Unpublished(30);
        suppression.Total(total, [shown, rest]);

        var published = suppression.Apply();

        Assert.Equal((50, 20, (int?)null), (published[total], published[shown], published[rest]));
    }

    [Fact]
    public void In_a_two_way_table_a_small_row_total_and_its_cells_are_covered_in_the_columns_and_in_the_column_of_row_totals()
    {
        var table = new Table(
        [
            [1, 2, 0],
            [10, 12, 14],
            [11, 9, 20],
        ]);

        var published = table.Apply();

        Assert.Null(published[table.RowTotals[0]]);
        Assert.All(table.Cells[0], cell => Assert.Null(published[cell]));
        Assert.Equal(79, published[table.Grand]); // still published: no withheld cell follows from it
        AssertNothingRecoverable(table, published);
    }

    [Fact]
    public void A_cell_that_only_a_combination_of_rows_and_columns_gives_away_is_covered_too()
    {
        // Small cells in two separate blocks of four, joined by one small cell (row 1, column 2): every row and column
        // holds 0 or at least 2 withheld cells, yet rows 0 and 1 minus columns 0 and 1 leave that joining cell alone.
        var table = new Table(
        [
            [1, 2, 30, 30, 30],
            [3, 4, 1, 30, 30],
            [30, 30, 2, 3, 30],
            [30, 30, 4, 1, 30],
            [30, 30, 30, 30, 30],
        ]);

        var published = table.Apply();

        Assert.Contains(table.Cells.SelectMany(row => row), cell => table.Count(cell) >= SmallNumberSuppression.Threshold && published[cell] is null);
        AssertNothingRecoverable(table, published);
    }

    [Fact]
    public void No_withheld_count_can_be_worked_out_from_the_published_figures_of_any_table()
    {
        var random = new Random(20261207);
        for (var run = 0; run < 300; run++)
        {
            var rows = random.Next(1, 7);
            var columns = random.Next(1, 7);
            var counts = Enumerable.Range(0, rows)
                .Select(_ => Enumerable.Range(0, columns).Select(_ => random.Next(4) == 0 ? random.Next(0, 5) : random.Next(0, 40)).ToArray())
                .ToArray();
            var table = new Table(counts);

            var published = table.Apply();

            foreach (var figure in table.All)
            {
                Assert.True(published[figure] is null || published[figure] >= SmallNumberSuppression.Threshold, "a small count was published");
                Assert.True(published[figure] is null || published[figure] == table.Count(figure), "a published figure is not its count");
            }

            AssertNothingRecoverable(table, published);
        }
    }

    private static (IReadOnlyDictionary<string, int?> Cells, int? Total) Breakdown(params (string Key, int Count)[] cells)
    {
        var suppression = new SmallNumberSuppression();
        var total = suppression.Count(cells.Sum(cell => cell.Count));
        var figures = suppression.Breakdown(total, cells.ToDictionary(cell => cell.Key, cell => cell.Count));
        var published = suppression.Apply();
        return (published.Of(figures), published[total]);
    }

    private static void AssertNothingRecoverable(Table table, PublishedFigures published)
    {
        var bySubtraction = Recoverable(table, published, perLineOnly: true);
        Assert.True(bySubtraction.Count == 0, $"worked out by subtraction: {string.Join(", ", bySubtraction.Select(table.Name))}");
        var byCombination = Recoverable(table, published, perLineOnly: false);
        Assert.True(byCombination.Count == 0, $"worked out from rows and columns together: {string.Join(", ", byCombination.Select(table.Name))}");
    }

    /// <summary>
    /// The reader's attack, written apart from the type under test. Per line: any total-and-parts line with one
    /// unknown is solved by subtraction, and the answer used in the other lines, until nothing more follows. Combined:
    /// exact rational elimination; a withheld figure is fixed when adding "this figure" as an equation does not raise
    /// the rank of the equations. Returns the withheld small counts (1 to 4) the reader learns.
    /// </summary>
    private static List<Figure> Recoverable(Table table, PublishedFigures published, bool perLineOnly)
    {
        var unknown = table.All.Where(figure => published[figure] is null).ToList();
        if (perLineOnly)
        {
            var known = new HashSet<Figure>(table.All.Where(figure => published[figure] is not null));
            var learned = true;
            while (learned)
            {
                learned = false;
                foreach (var (total, parts) in table.Lines)
                {
                    var missing = parts.Append(total).Where(figure => !known.Contains(figure)).ToList();
                    if (missing.Count == 1)
                    {
                        known.Add(missing[0]);
                        learned = true;
                    }
                }
            }

            return [.. unknown.Where(known.Contains).Where(IsSmallPerson(table))];
        }

        var equations = table.Lines.Select(line => unknown.Select(figure =>
            (line.Parts.Contains(figure) ? BigInteger.One : BigInteger.Zero) - (line.Total == figure ? BigInteger.One : BigInteger.Zero)).ToArray()).ToList();
        var rank = Rank(equations);
        return [.. unknown.Where(IsSmallPerson(table)).Where(figure =>
            Rank([.. equations, [.. unknown.Select(other => other == figure ? BigInteger.One : BigInteger.Zero)]]) == rank)];
    }

    private static Func<Figure, bool> IsSmallPerson(Table table) => figure => table.Count(figure) is > 0 and < SmallNumberSuppression.Threshold;

    private static int Rank(List<BigInteger[]> rows)
    {
        var matrix = rows.Select(row => row.ToArray()).ToList();
        var columns = matrix.Count == 0 ? 0 : matrix[0].Length;
        var rank = 0;
        for (var column = 0; column < columns && rank < matrix.Count; column++)
        {
            var pivot = Enumerable.Range(rank, matrix.Count - rank).FirstOrDefault(r => !matrix[r][column].IsZero, -1);
            if (pivot < 0)
            {
                continue;
            }

            (matrix[rank], matrix[pivot]) = (matrix[pivot], matrix[rank]);
            for (var r = rank + 1; r < matrix.Count; r++)
            {
                // Fraction-free: row r := pivot * row r - factor * pivot row, so everything stays an integer.
                var (p, f) = (matrix[rank][column], matrix[r][column]);
                matrix[r] = [.. matrix[r].Zip(matrix[rank], (x, y) => (p * x) - (f * y))];
            }

            rank++;
        }

        return rank;
    }

    /// <summary>A two-way table as published: cells, a total per row and per column, and the grand total.</summary>
    private sealed class Table
    {
        private readonly SmallNumberSuppression suppression = new();
        private readonly Dictionary<Figure, (int Count, string Name)> figures = [];

        public Table(int[][] counts)
        {
            Cells = [.. counts.Select((row, r) => row.Select((count, c) => Add(count, $"cell ({r}, {c})")).ToArray())];
            RowTotals = [.. counts.Select((row, r) => Add(row.Sum(), $"row total {r}"))];
            var columns = counts[0].Length;
            ColumnTotals = [.. Enumerable.Range(0, columns).Select(c => Add(counts.Sum(row => row[c]), $"column total {c}"))];
            Grand = Add(counts.Sum(row => row.Sum()), "grand total");
            Lines =
            [
                .. Cells.Select((row, r) => (RowTotals[r], row)),
                .. Enumerable.Range(0, columns).Select(c => (ColumnTotals[c], Cells.Select(row => row[c]).ToArray())),
                (Grand, RowTotals),
                (Grand, ColumnTotals),
            ];
            foreach (var (total, parts) in Lines)
            {
                suppression.Total(total, parts);
            }
        }

        public Figure[][] Cells { get; }

        public Figure[] RowTotals { get; }

        public Figure[] ColumnTotals { get; }

        public Figure Grand { get; }

        public List<(Figure Total, Figure[] Parts)> Lines { get; }

        public IEnumerable<Figure> All => figures.Keys;

        public int Count(Figure figure) => figures[figure].Count;

        public string Name(Figure figure) => figures[figure].Name;

        public PublishedFigures Apply() => suppression.Apply();

        private Figure Add(int count, string name)
        {
            var figure = suppression.Count(count);
            figures[figure] = (count, name);
            return figure;
        }
    }
}
