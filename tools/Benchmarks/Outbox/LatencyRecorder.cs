using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MassTransit;

namespace Benchmarks.Outbox;

/// <summary>
/// When each event passed each stage: the writer's commit returned, the relay began and finished (broker confirm) its
/// publish, the consumer received it, and the consumer's transaction committed.
/// </summary>
internal sealed class LatencyRecorder : IPublishObserver, IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, long> committed = new();
    private readonly ConcurrentDictionary<Guid, long> publishing = new();
    private readonly ConcurrentDictionary<Guid, long> confirmed = new();
    private readonly ConcurrentDictionary<Guid, long> received = new();
    private readonly ConcurrentDictionary<Guid, long> applied = new();

    public void Committed(Guid eventId) => committed[eventId] = Stopwatch.GetTimestamp();

    public int AppliedCount(IEnumerable<Guid> eventIds) => eventIds.Count(applied.ContainsKey);

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Stamp(publishing, context.MessageId, overwrite: true);

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Stamp(confirmed, context.MessageId, overwrite: true);

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Stamp(received, context.MessageId, overwrite: false);

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Stamp(applied, context.MessageId, overwrite: false);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public RunResult Summarise(string name, IReadOnlyCollection<Guid> eventIds)
    {
        var done = eventIds.Where(applied.ContainsKey).ToList();
        var first = eventIds.Min(id => committed[id]);
        return new RunResult(
            name,
            eventIds.Count,
            done.Count,
            eventIds.Count / Stopwatch.GetElapsedTime(first, eventIds.Max(id => committed[id])).TotalSeconds,
            done.Count / Stopwatch.GetElapsedTime(first, done.Max(id => applied[id])).TotalSeconds,
            Latencies(done, committed, applied),
            [
                ("commit -> relay publishing", Latencies(done, committed, publishing)),
                ("publishing -> broker confirm", Latencies(done, publishing, confirmed)),
                ("confirm -> consumer received", Latencies(done, confirmed, received)),
                ("received -> consumer committed", Latencies(done, received, applied)),
            ]);
    }

    private static Task Stamp(ConcurrentDictionary<Guid, long> stage, Guid? messageId, bool overwrite)
    {
        if (messageId is { } id)
        {
            if (overwrite)
            {
                stage[id] = Stopwatch.GetTimestamp();
            }
            else
            {
                stage.TryAdd(id, Stopwatch.GetTimestamp());
            }
        }

        return Task.CompletedTask;
    }

    private static Percentiles Latencies(List<Guid> ids, ConcurrentDictionary<Guid, long> from, ConcurrentDictionary<Guid, long> to)
    {
        var sorted = ids.Where(id => from.ContainsKey(id) && to.ContainsKey(id))
            .Select(id => Stopwatch.GetElapsedTime(from[id], to[id]).TotalMilliseconds)
            .Order()
            .ToArray();
        return sorted.Length == 0 ? new Percentiles(0, 0, 0, 0) : new Percentiles(At(0.50), At(0.95), At(0.99), sorted[^1]);

        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}

internal sealed record Percentiles(double P50, double P95, double P99, double Max)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"p50 {P50,7:F1} ms  p95 {P95,7:F1} ms  p99 {P99,7:F1} ms  max {Max,7:F1} ms");
}

internal sealed record RunResult(
    string Name,
    int Committed,
    int Applied,
    double CommitsPerSecond,
    double AppliedPerSecond,
    Percentiles CommitToConsumer,
    IReadOnlyList<(string Stage, Percentiles Latency)> Stages)
{
    public override string ToString() => string.Join(Environment.NewLine, [
        string.Create(CultureInfo.InvariantCulture,
            $"{Name}: committed {Committed} ({CommitsPerSecond:F1}/s), applied {Applied} ({AppliedPerSecond:F1}/s)"),
        $"  commit -> consumer committed   {CommitToConsumer}",
        .. Stages.Select(s => $"    {s.Stage,-28} {s.Latency}"),
    ]);
}
