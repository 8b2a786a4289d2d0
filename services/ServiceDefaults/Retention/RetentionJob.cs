using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Audit;

namespace Platform.ServiceDefaults.Retention;

/// <summary>
/// One kind of personal data a service deletes or anonymises once it has been kept long enough: <see cref="Apply"/>
/// (database, cutoff, now) removes it from records whose period ended before the cutoff, saves, and returns how many
/// records it changed (a run may do a batch and leave the rest to the next). It must be
/// idempotent (a record already done is not counted again), since any replica may run it.
/// </summary>
/// <param name="Name">Kebab-case, e.g. <c>trigger-applicant-contact</c>; the configuration key and the audit subject.</param>
/// <param name="DefaultKeepFor">Used unless <c>Retention:KeepFor:{Name}</c> is configured.</param>
public sealed record RetentionRule<TContext>(
    string Name, TimeSpan DefaultKeepFor, Func<TContext, DateTimeOffset, DateTimeOffset, CancellationToken, Task<RetentionOutcome>> Apply)
    where TContext : DbContext;

/// <summary>What one run of a rule did, as audited: how many records, and for a rule that removes whole periods, which.</summary>
/// <param name="Periods">E.g. the months of the audit log dropped; null when the rule works record by record.</param>
public sealed record RetentionOutcome(int Records, IReadOnlyList<string>? Periods = null);

/// <summary>Builds the usual <see cref="RetentionRule{TContext}"/>.</summary>
public static class RetentionRule
{
    /// <summary>Records one run changes at most; the rest wait for the next run.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// The usual rule: <paramref name="due"/> (database, cutoff) selects, in a stable order, the records whose period ended
    /// before the cutoff and that are not yet done; <paramref name="apply"/> (record, now) is the domain type's own removal.
    /// Up to <see cref="BatchSize"/> of them are changed and saved per run.
    /// </summary>
    public static RetentionRule<TContext> ForEach<TContext, TRecord>(
        string name, TimeSpan defaultKeepFor, Func<TContext, DateTimeOffset, IQueryable<TRecord>> due, Action<TRecord, DateTimeOffset> apply)
        where TContext : DbContext
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(apply);
        return new(name, defaultKeepFor, async (db, cutoff, now, cancellationToken) =>
        {
            var records = await due(db, cutoff).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var record in records)
            {
                apply(record, now);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new RetentionOutcome(records.Count);
        });
    }
}

/// <summary>
/// Runs a service's <see cref="RetentionRule{TContext}"/>s at start-up and then every <c>Retention:RunEvery</c> (default
/// an hour) by the service's <see cref="TimeProvider"/>, so tests move the clock instead of waiting. Each rule runs under a
/// PostgreSQL advisory lock for the service's database (a replica that finds it taken leaves the rest of its run to the
/// holder) and records one audit entry if it changed anything: the rule, the cutoff and the count, never what was removed.
/// </summary>
public sealed partial class RetentionJob<TContext>(
    IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, IEnumerable<RetentionRule<TContext>> rules,
    ILogger<RetentionJob<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    /// <summary>The advisory lock's key: one per database, so two services sharing a server do not block each other.</summary>
    private const long LockKey = 0x5245_5445_4E54; // "RETENT"

    /// <summary>How long a rule keeps its data: configured, else its default.</summary>
    public TimeSpan KeepFor(RetentionRule<TContext> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return configuration.GetValue<TimeSpan?>($"Retention:KeepFor:{rule.Name}") ?? rule.DefaultKeepFor;
    }

    /// <summary>Applies every rule once; the counts by rule name (without the rules another replica's run was applying).</summary>
    public Task<IReadOnlyDictionary<string, int>> RunOnceAsync(CancellationToken cancellationToken) =>
        RunOnceAsync(waitForOtherRuns: false, cancellationToken);

    /// <summary>
    /// Applies every rule once, each in its own transaction (so one rule's locks, e.g. the audit log's when a month is
    /// dropped, are not held while another works); the counts by rule name. With <paramref name="waitForOtherRuns"/> a
    /// run another replica (or the timer) has started is waited for, then this one runs: an operator's or a test's
    /// "now". Without, the rules that run has yet to reach are left to it, and their counts are missing. A rule that
    /// fails does not stop the others; the failures are thrown together at the end.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> RunOnceAsync(bool waitForOtherRuns, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var counts = new Dictionary<string, int>();
        var failures = new List<Exception>();
        var now = clock.GetUtcNow();
        foreach (var rule in rules)
        {
            try
            {
                if (await ApplyAsync(db, scope.ServiceProvider, rule, now, waitForOtherRuns, cancellationToken).ConfigureAwait(false) is not { } changed)
                {
                    break;
                }

                counts[rule.Name] = changed;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                LogRuleFailed(logger, rule.Name, e);
                failures.Add(e);
            }
        }

        return failures.Count == 0 ? counts : throw new AggregateException("Applying retention failed", failures);
    }

    /// <summary>The records the rule changed; null when another replica's run holds the lock.</summary>
    private async Task<int?> ApplyAsync(
        TContext db, IServiceProvider services, RetentionRule<TContext> rule, DateTimeOffset now, bool waitForOtherRuns,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (waitForOtherRuns)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        }
        else if (!await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var cutoff = now - KeepFor(rule);
        var outcome = await rule.Apply(db, cutoff, now, cancellationToken).ConfigureAwait(false);
        if (outcome.Records > 0)
        {
            // Resolved only when needed: a service whose context has no audit log (identity) never gets here.
            services.GetRequiredService<AuditTrail>().Record(
                db, "retention-applied", "retention", rule.Name, after: new { Cutoff = cutoff, outcome.Records, outcome.Periods });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            LogApplied(logger, rule.Name, outcome.Records);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome.Records;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = configuration.GetValue<TimeSpan?>("Retention:RunEvery") ?? TimeSpan.FromHours(1);
        using var timer = new PeriodicTimer(every, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (AggregateException) when (!stoppingToken.IsCancellationRequested)
            {
                // Each failed rule is logged where it failed; the next run tries it again.
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention {Rule}: {Count} records deleted or anonymised")]
    private static partial void LogApplied(ILogger logger, string rule, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying retention failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention {Rule} failed; the other rules still run")]
    private static partial void LogRuleFailed(ILogger logger, string rule, Exception exception);
}

public static class RetentionServiceCollectionExtensions
{
    /// <summary>Adds a retention rule and, with the first one, the job that runs them.</summary>
    public static IServiceCollection AddRetentionRule<TContext>(this IServiceCollection services, RetentionRule<TContext> rule)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(rule);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(RetentionJob<TContext>)))
        {
            services.AddSingleton<RetentionJob<TContext>>();
            services.AddHostedService(provider => provider.GetRequiredService<RetentionJob<TContext>>());
        }

        return services;
    }
}
