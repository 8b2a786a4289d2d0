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
    string Name, TimeSpan DefaultKeepFor, Func<TContext, DateTimeOffset, DateTimeOffset, CancellationToken, Task<int>> Apply)
    where TContext : DbContext;

/// <summary>
/// Runs a service's <see cref="RetentionRule{TContext}"/>s at start-up and then every <c>Retention:RunEvery</c> (default
/// an hour) by the service's <see cref="TimeProvider"/>, so tests move the clock instead of waiting. Each run takes a
/// PostgreSQL advisory lock for the service's database (a replica that finds it taken skips the run) and records one audit
/// entry per rule that changed anything: the rule, the cutoff and the count, never what was removed.
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

    /// <summary>Applies every rule once; the counts by rule name (empty when another replica holds the lock).</summary>
    public async Task<IReadOnlyDictionary<string, int>> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var locked = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (!locked)
        {
            return new Dictionary<string, int>();
        }

        var counts = new Dictionary<string, int>();
        var now = clock.GetUtcNow();
        foreach (var rule in rules)
        {
            var cutoff = now - KeepFor(rule);
            var changed = await rule.Apply(db, cutoff, now, cancellationToken).ConfigureAwait(false);
            counts[rule.Name] = changed;
            if (changed > 0)
            {
                audit.Record(db, "retention-applied", "retention", rule.Name, after: new { Cutoff = cutoff, Records = changed });
                LogApplied(logger, rule.Name, changed);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return counts;
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
