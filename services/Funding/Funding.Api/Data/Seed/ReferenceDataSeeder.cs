using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Data.Seed;

/// <summary>
/// Loads <see cref="SeedData"/> at start-up when <c>Funding:SeedReferenceData</c> is true, after the migrations, so the
/// ledger, the publication and Plans' report have content on first start. Idempotent: fixed ids, one transaction
/// holding an advisory lock, and a fund whose code exists is left as officers have since changed it.
/// </summary>
internal sealed partial class ReferenceDataSeeder(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReferenceDataSeeder> logger)
    : IHostedService
{
    public const string Setting = "Funding:SeedReferenceData";

    /// <summary>Distinct from the migrator's lock key; only seeders of the Funding database take it.</summary>
    private const long AdvisoryLockKey = 0x43_53_50_46_55_4E_44; // "CSPFUND"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(Setting))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StartupLock.AcquireForTransactionAsync(db, AdvisoryLockKey, cancellationToken);
        var now = clock.GetUtcNow();
        var seeded = 0;

        if (!await db.Funds.AnyAsync(f => f.Code == SeedData.CurrentFundCode, cancellationToken))
        {
            var (fund, budget) = SeedData.CurrentFund(now);
            db.Funds.Add(fund);
            db.BudgetLines.AddRange(budget);
            db.Rounds.Add(SeedData.CurrentRound(fund.Id, now));
            seeded++;
        }

        if (!await db.Funds.AnyAsync(f => f.Code == SeedData.HistoricFundCode, cancellationToken))
        {
            SeedHistoricFund(db, now);
            seeded++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, seeded);
    }

    /// <summary>The 2012–15 fund with seed 004's projects, awarded, paid and closed in 2012/13 (no events: history, not news).</summary>
    private static void SeedHistoricFund(FundingDbContext db, DateTimeOffset now)
    {
        var (fund, budget) = SeedData.HistoricFund(now);
        db.Funds.Add(fund);
        db.BudgetLines.AddRange(budget);
        var year = budget.Single(line => line.Period == new FinancialYear(2012).ToString());
        foreach (var priority in SeedData.HistoricPriorities)
        {
            db.Priorities.Add(new LivePriority
            {
                Id = SeedData.Id("priority-2012-15:" + priority.Letter), Title = priority.Title, SponsorAgency = priority.SponsorAgency, Retired = true, UpdatedAt = now,
            });
        }

        foreach (var project in SeedData.HistoricProjects)
        {
            var priority = SeedData.HistoricPriorities.Single(p => p.Letter == project.Priority);
            year.Commit(project.Amount);
            year.RecordPayment(project.Amount);
            var grant = Grant.Historic(
                SeedData.Id("grant-2012-15:" + project.Title), fund.Id, SeedData.Id("priority-2012-15:" + priority.Letter), year.Period, project.Amount,
                project.Title, project.Objectives, project.Recipient, priority.SponsorAgency, [Platform.Contracts.Districts.County],
                new DateOnly(2012, 4, 1), new DateOnly(2013, 3, 31), new ProjectOutcome(project.Impact, project.AddedValue, now));
            db.Grants.Add(grant);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Funding reference data: {Funds} fund(s) seeded.")]
    private static partial void LogSeeded(ILogger logger, int funds);
}
