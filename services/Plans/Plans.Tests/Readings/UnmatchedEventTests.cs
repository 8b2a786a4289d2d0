using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plans.Tests.Infrastructure;
using Plans.Tests.Outcomes;
using Platform.Contracts;
using Reviews.Contracts;

namespace Plans.Tests.Readings;

/// <summary>A service of its own, with no derived measures: events nothing counts are acknowledged and not kept.</summary>
public class UnmatchedEventTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    [Fact]
    public async Task An_event_no_measure_is_derived_from_is_acknowledged_and_nothing_is_recorded()
    {
        var entered = await plans.DefineMeasureAsync((await plans.DefineOutcomeAsync()).Id); // entered by analysts
        var commissioned = new ReviewCommissioned
        {
            OccurredAt = new DateTimeOffset(2025, 7, 3, 8, 0, 0, TimeSpan.Zero),
            ReviewId = Guid.NewGuid(),
            ReviewReference = "DHR-2025-0009",
            District = Districts.Norwich,
            DecidedOn = new DateOnly(2025, 6, 27),
            ChairAppointedOn = new DateOnly(2025, 7, 2),
            JointWithSafeguardingAdultsReview = true,
        };

        await plans.PublishAsync(commissioned, commissioned.EventId);

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(plans.Consumed.Completed(commissioned.EventId) == 1), TimeSpan.FromSeconds(30)));
        await using var db = plans.NewDbContext();
        Assert.Equal(0, await db.ReadingContributions.CountAsync());
        Assert.Equal(0, await db.Readings.CountAsync());
        Assert.Empty(await plans.Scrutiny().GetFromJsonAsync<List<object>>($"/api/plans/measures/{entered.Id}/readings") ?? []);
    }
}
