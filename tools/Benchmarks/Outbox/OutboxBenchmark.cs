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
/// Each phase is paired with a baseline in the same run, on the same bus and broker, with a message of the same
/// size: raw MassTransit publish → consume with no database. The ratios to it are what to compare across machines.
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

        await SteadyAsync(host.Services, recorder, "warm-up", rate, TimeSpan.FromSeconds(5), PublishRawAsync);
        await SteadyAsync(host.Services, recorder, "warm-up", rate, TimeSpan.FromSeconds(5), CommitChangeAsync);
        var steady = TimeSpan.FromSeconds(seconds);
        var rawSteady = await SteadyAsync(host.Services, recorder, $"raw publish -> consume, steady {rate}/s x {seconds}s", rate, steady, PublishRawAsync);
        Console.WriteLine(rawSteady);
        var outboxSteady = await SteadyAsync(host.Services, recorder, $"outbox, steady {rate}/s x {seconds}s", rate, steady, CommitChangeAsync);
        Console.WriteLine(outboxSteady);
        var flatOut = TimeSpan.FromSeconds(maxSeconds);
        var rawMax = await FlatOutAsync(host.Services, recorder, $"raw publish -> consume, max, {writers} publishers x {maxSeconds}s", writers, flatOut, PublishRawAsync);
        Console.WriteLine(rawMax);
        var outboxMax = await FlatOutAsync(host.Services, recorder, $"outbox, max, {writers} writers x {maxSeconds}s", writers, flatOut, CommitChangeAsync);
        Console.WriteLine(outboxMax);

        var latencyRatio = outboxSteady.CommitToConsumer.P99 / rawSteady.CommitToConsumer.P99;
        var rateRatio = outboxMax.AppliedPerSecond / rawMax.AppliedPerSecond;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"against the same-run baseline (load average now {LoadAverage()}):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  commit -> consumer p99 at {rate}/s: {outboxSteady.CommitToConsumer.P99:F1} ms = {latencyRatio:F2} x raw {rawSteady.CommitToConsumer.P99:F1} ms (target <= 3 x): {Verdict(latencyRatio <= 3)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  applied events/s flat out: {outboxMax.AppliedPerSecond:F0}/s = {rateRatio:P0} of raw {rawMax.AppliedPerSecond:F0}/s (target >= 50 %): {Verdict(rateRatio >= 0.5)}"));

        await host.StopAsync();
        return 0;
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";

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
            bus =>
            {
                bus.AddConsumer<ApplyChangeConsumer>();
                bus.AddConsumer<RawChangeConsumer>();
            },
            options => options.ServiceName = "bench");
        return builder.Build();
    }

    /// <summary>
    /// Starts one change every 1/rate s whether or not earlier ones have finished (an open-loop load), with at most
    /// <see cref="MaxInFlight"/> commits outstanding so a machine that cannot keep up shows a lower commit rate instead
    /// of exhausting the connection pool.
    /// </summary>
    private static async Task<RunResult> SteadyAsync(
        IServiceProvider services, LatencyRecorder recorder, string name, int rate, TimeSpan duration, Change change)
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
                    return await change(services, recorder);
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
    private static async Task<RunResult> FlatOutAsync(
        IServiceProvider services, LatencyRecorder recorder, string name, int writers, TimeSpan duration, Change change)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perWriter = await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            var ids = new List<Guid>();
            while (Stopwatch.GetTimestamp() < until)
            {
                ids.Add(await change(services, recorder));
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

    /// <summary>The baseline: published straight to the bus; stamped before the publish, as that is when it was accepted.</summary>
    private static async Task<Guid> PublishRawAsync(IServiceProvider services, LatencyRecorder recorder)
    {
        var bus = services.GetRequiredService<IBus>();
        var accepted = new RawChangeAccepted { SubjectId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow };
        recorder.Committed(accepted.EventId);
        await bus.Publish(accepted, context => context.MessageId = accepted.EventId);
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

/// <summary>One accepted change, by the outbox or raw; returns its event id.</summary>
internal delegate Task<Guid> Change(IServiceProvider services, LatencyRecorder recorder);
