using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.Testing;
using static Benchmarks.BenchSupport;

namespace Benchmarks.Outbox;

/// <summary>
/// Accepted changes through a real DbContext + outbox + relay + RabbitMQ (quorum queue, publisher confirms) to an
/// idempotent consumer on PostgreSQL: a steady rate (default 200/s for 30 s), then as fast as a pool of writers can go.
/// Latency is from the writer's commit returning to the consumer's transaction having committed.
/// </summary>
internal static class OutboxBenchmark
{
    private const int MaxInFlight = 32;

    public static async Task<int> RunAsync(string[] args)
    {
        var rate = Option(args, "--rate", 200);
        var seconds = Option(args, "--seconds", 30);
        var maxSeconds = Option(args, "--max-seconds", 10);
        var writers = Option(args, "--writers", 16);

        PrintMachine();
        var servers = await TestServers.SharedAsync();
        var database = await servers.CreateDatabaseAsync("bench");
        var broker = await servers.CreateVirtualHostAsync("bench");
        await CreateTableAsync(database);

        using var host = BuildHost(database, broker);
        await host.StartAsync();
        var recorder = host.Services.GetRequiredService<LatencyRecorder>();

        await SteadyAsync(host.Services, recorder, "warm-up", rate, TimeSpan.FromSeconds(5));
        Console.WriteLine(await SteadyAsync(host.Services, recorder, $"steady {rate}/s x {seconds}s", rate, TimeSpan.FromSeconds(seconds)));
        Console.WriteLine(await FlatOutAsync(host.Services, recorder, $"max, {writers} writers x {maxSeconds}s", writers, TimeSpan.FromSeconds(maxSeconds)));

        await host.StopAsync();
        return 0;
    }

    private static IHost BuildHost(string database, Uri broker)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "Benchmarks" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = database,
            ["ConnectionStrings:rabbitmq"] = broker.ToString(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<LatencyRecorder>();
        builder.Services.AddConsumeObserver(provider => provider.GetRequiredService<LatencyRecorder>());
        builder.Services.AddPublishObserver(provider => provider.GetRequiredService<LatencyRecorder>());
        builder.AddPlatformDatabase<BenchDbContext>();
        builder.AddPlatformMessaging<BenchDbContext>(
            bus => bus.AddConsumer<ApplyChangeConsumer>(),
            options => options.ServiceName = "bench");
        return builder.Build();
    }

    /// <summary>
    /// Starts one change every 1/rate s whether or not earlier ones have finished (an open-loop load), with at most
    /// <see cref="MaxInFlight"/> commits outstanding so a machine that cannot keep up shows a lower commit rate instead
    /// of exhausting the connection pool.
    /// </summary>
    private static async Task<RunResult> SteadyAsync(IServiceProvider services, LatencyRecorder recorder, string name, int rate, TimeSpan duration)
    {
        var count = (int)(rate * duration.TotalSeconds);
        using var inFlight = new SemaphoreSlim(MaxInFlight);
        var started = Stopwatch.GetTimestamp();
        var writes = new List<Task<Guid>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            await inFlight.WaitAsync();
            writes.Add(Task.Run(async () =>
            {
                try
                {
                    return await CommitChangeAsync(services, recorder);
                }
                finally
                {
                    inFlight.Release();
                }
            }));
        }

        return await CompleteAsync(recorder, name, await Task.WhenAll(writes));
    }

    /// <summary>Each writer commits its next change as soon as the last one returned.</summary>
    private static async Task<RunResult> FlatOutAsync(IServiceProvider services, LatencyRecorder recorder, string name, int writers, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perWriter = await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            var ids = new List<Guid>();
            while (Stopwatch.GetTimestamp() < until)
            {
                ids.Add(await CommitChangeAsync(services, recorder));
            }

            return ids;
        }));
        return await CompleteAsync(recorder, name, perWriter.SelectMany(ids => ids).ToArray());
    }

    private static async Task<Guid> CommitChangeAsync(IServiceProvider services, LatencyRecorder recorder)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        var accepted = new ChangeAccepted { SubjectId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow };
        db.Records.Add(new BenchRecord { Kind = "change", SubjectId = accepted.SubjectId });
        db.AddIntegrationEvent(accepted);
        await db.SaveChangesAsync();
        recorder.Committed(accepted.EventId);
        return accepted.EventId;
    }

    private static async Task<RunResult> CompleteAsync(LatencyRecorder recorder, string name, Guid[] eventIds)
    {
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while (recorder.AppliedCount(eventIds) < eventIds.Length && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(20);
        }

        return recorder.Summarise(name, eventIds);
    }

    private static async Task CreateTableAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(BenchDbContext.CreateTableSql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
