using System.Net;
using Funding.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Funding.Tests.Awards;

/// <summary>The fund can never be over-committed, even when two replicas decide awards against its last money at once.</summary>
public class OverCommitmentTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task Awards_raced_on_two_hosts_against_one_database_never_commit_more_than_the_budget()
    {
        var (fundId, roundId, priorityId) = await funding.OpenRoundAsync(perYear: 95_000m);
        var applications = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            applications.Add(await funding.AssessedApplicationAsync(roundId, priorityId, 10_000m));
        }

        await using var secondReplica = funding.WithWebHostBuilder(_ => { });
        var officers = new[] { funding.GrantsOfficer(), ClientOf(secondReplica) };
        using var start = new SemaphoreSlim(0);
        var decisions = applications.Select(async (id, n) =>
        {
            await start.WaitAsync();
            return await officers[n % 2].DecideAsync(id, "award");
        }).ToList();
        start.Release(applications.Count);
        var responses = await Task.WhenAll(decisions);

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("fund-over-committed", problem.GetProperty("rule").GetString());
            Assert.Contains("only £5,000.00 remains", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        await using var db = funding.NewDbContext();
        var line = await db.BudgetLines.AsNoTracking().SingleAsync(l => l.FundId == fundId && l.Period == "2025/26");
        Assert.Equal((95_000m, 90_000m), (line.Budget, line.Committed));
        Assert.Equal(90_000m, await db.Grants.Where(g => g.FundId == fundId).SumAsync(g => g.Amount));
        Assert.Equal(9, await db.Set<OutboxMessage>().CountAsync(m => m.MessageType.Contains("grant-awarded")));

        // The last £5,000: a part-award above it is refused naming what remains; one within it is made.
        var refusedApplication = applications[responses.Select((r, i) => (r, i)).First(x => x.r.StatusCode != HttpStatusCode.OK).i];
        var tooMuch = await (await funding.GrantsOfficer().DecideAsync(refusedApplication, "part-award", 6_000m, "Year one only"))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("only £5,000.00 remains", tooMuch.GetProperty("title").GetString(), StringComparison.Ordinal);
        await funding.GrantsOfficer().DecideAsync(refusedApplication, "part-award", 5_000m, "Year one only").OkJsonAsync();

        await using var after = funding.NewDbContext();
        Assert.Equal(95_000m, (await after.BudgetLines.AsNoTracking().SingleAsync(l => l.FundId == fundId && l.Period == "2025/26")).Committed);
    }

    [Fact]
    public async Task The_database_refuses_a_budget_line_committed_beyond_its_budget_whatever_the_code_does()
    {
        var (fundId, _, _) = await funding.OpenRoundAsync(perYear: 1_000m);
        await using var db = funding.NewDbContext();

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlAsync(
            $"UPDATE budget_lines SET committed = 1000.01 WHERE fund_id = {fundId} AND period = '2025/26'"));

        Assert.Equal("ck_budget_lines_never_over_committed", refused.ConstraintName);
    }

    private HttpClient ClientOf(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Funding.Api.FundingApi> replica)
    {
        var client = replica.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", funding.Token(Platform.Contracts.Agencies.Opcc, [Platform.Contracts.Roles.GrantsOfficer], subject: "grants-officer-2"));
        return client;
    }
}
