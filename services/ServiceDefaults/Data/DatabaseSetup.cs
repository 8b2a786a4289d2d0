using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Retention;

namespace Platform.ServiceDefaults.Data;

public static class DatabaseSetup
{
    public const string ConnectionName = "postgres";

    /// <summary>
    /// The service's own PostgreSQL database (<c>ConnectionStrings:postgres</c>): the DbContext with every
    /// <see cref="IInterceptor"/> registered in DI (the outbox's commit signal among them), a readiness check, and
    /// migrations applied at start-up before anything else runs, and the audit log's retention (<see cref="AuditLogRetention"/>). Call before <c>AddPlatformMessaging</c>.
    /// Contexts are pooled: setting one up (service resolution, model lookup) was 4% of a service's CPU per request, so
    /// a context may hold nothing beyond what EF Core resets (every context here takes only its options).
    /// </summary>
    public static IHostApplicationBuilder AddPlatformDatabase<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not set.");

        builder.Services.AddDbContextPool<TContext>(
            (services, options) => options
                .UseNpgsql(WithStatementReuse(connectionString))
                .AddInterceptors(services.GetServices<IInterceptor>())
                .ConfigureWarnings(warnings => warnings.Log(
                    (CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug))));
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddRetentionRule(AuditLogRetention.Rule<TContext>());
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [HealthSetup.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// Each request runs the same few statements: prepared once per connection, PostgreSQL parses and plans them once
    /// instead of every time. Connections go back to the pool without Npgsql's reset (one to seven statements each
    /// time): no code here leaves session state on a pooled connection (no session-level SET, LISTEN, temporary tables
    /// or session advisory locks). See decision 0011.
    /// </summary>
    private static string WithStatementReuse(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, NoResetOnClose = true }.ConnectionString;
}
