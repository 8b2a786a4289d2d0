using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Domain;

namespace EndToEnd.Tests;

public class BrokerOutageTests(PlatformWithOwnBroker platform) : IClassFixture<PlatformWithOwnBroker>
{
    private const int Changes = 200;

    [Fact]
    public async Task Priority_changes_accepted_while_RabbitMQ_is_down_all_arrive_once_after_it_returns()
    {
        var officer = platform.StraightToPlans();
        var ids = new List<Guid>();
        for (var i = 0; i < Changes; i++)
        {
            ids.Add(await ProposeAsync(officer, $"Outage priority {i}"));
        }

        await platform.BrokerServer.StopCleanlyAsync();
        foreach (var id in ids)
        {
            var adopted = await officer.PostAsync($"/api/plans/priorities/{id}/adopt", null);
            Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        }

        await using (var plansDb = platform.NewPlansDbContext())
        {
            Assert.Equal(Changes, await plansDb.Priorities.CountAsync(p => ids.Contains(p.Id) && p.Status == PriorityStatus.Adopted));
        }

        await platform.BrokerServer.StartAsync();

        await using var consumerDb = platform.LivePriorities.NewDbContext();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var arrived = 0;
        while (arrived < Changes && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            arrived = await consumerDb.LivePriorities.CountAsync(p => ids.Contains(p.PriorityId));
        }

        // Only this test's priorities: the seeded ones were announced (and copied) when Plans started.
        var copies = await consumerDb.LivePriorities.AsNoTracking().Where(p => ids.Contains(p.PriorityId)).Select(p => p.PriorityId).ToListAsync();
        Assert.Equal(ids.Order(), copies.Order());
    }

    private static async Task<Guid> ProposeAsync(HttpClient officer, string title)
    {
        var response = await officer.PostAsJsonAsync("/api/plans/priorities", new
        {
            title,
            description = "Proposed during the outage test",
            strategicTheme = "Neighbourhood crime",
            sponsorAgency = "norfolk-opcc",
            leadOfficer = "Partnership manager",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
