using Prevent.Api.Domain;

namespace Prevent.Tests.Domain;

public class StatisticsRulesTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Counts_under_five_are_suppressed(int count, bool suppressed)
    {
        var cell = StatisticCell.Of(count);

        Assert.Equal(suppressed, cell.Suppressed);
        Assert.Equal(suppressed ? null : count, cell.Count);
    }

    [Fact]
    public void A_lone_small_cell_takes_the_smallest_published_cell_with_it_so_the_total_cannot_give_it_away()
    {
        var lone = StatisticCell.Breakdown(new Dictionary<string, int> { ["education"] = 12, ["health"] = 7, ["police"] = 2 });
        var several = StatisticCell.Breakdown(new Dictionary<string, int> { ["education"] = 12, ["health"] = 7, ["police"] = 2, ["other"] = 0 });
        var none = StatisticCell.Breakdown(new Dictionary<string, int> { ["education"] = 12, ["health"] = 7 });

        Assert.Equal([new(12, false), new(null, true), new(null, true)], lone.Values);
        Assert.Equal([new(12, false), new(7, false), new(null, true), new(null, true)], several.Values);
        Assert.Equal([new(12, false), new(7, false)], none.Values);
    }

    [Fact]
    public void A_quarter_runs_from_its_first_to_its_last_day()
    {
        var quarter = Quarter.Of(2025, 4);

        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), "2025-Q4"), (quarter.From, quarter.To, quarter.Name));
    }
}
