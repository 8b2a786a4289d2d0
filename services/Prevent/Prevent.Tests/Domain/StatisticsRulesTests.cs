using Prevent.Api.Domain;

namespace Prevent.Tests.Domain;

/// <summary>The suppression rules moved to ServiceDefaults (Disclosure/SmallNumberSuppression), tested there.</summary>
public class StatisticsRulesTests
{
    [Fact]
    public void A_quarter_runs_from_its_first_to_its_last_day()
    {
        var quarter = Quarter.Of(2025, 4);

        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31), "2025-Q4"), (quarter.From, quarter.To, quarter.Name));
    }
}
