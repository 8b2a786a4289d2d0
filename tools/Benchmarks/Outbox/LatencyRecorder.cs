using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;

namespace Benchmarks.Outbox;

/// <summary>Commit time per event (taken by the writer) and the time its consumer's transaction finished.</summary>
internal sealed class LatencyRecorder : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, long> committed = new();
    private readonly ConcurrentDictionary<Guid, long> applied = new();

    public void Committed(Guid eventId) => committed[eventId] = Stopwatch.GetTimestamp();

    public int AppliedCount(IEnumerable<Guid> eventIds) => eventIds.Count(applied.ContainsKey);

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        applied.TryAdd(context.MessageId!.Value, Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public RunResult Summarise(string name, IReadOnlyCollection<Guid> eventIds)
    {
        var latencies = eventIds
            .Where(id => committed.ContainsKey(id) && applied.ContainsKey(id))
            .Select(id => Stopwatch.GetElapsedTime(committed[id], applied[id]).TotalMilliseconds)
            .Order()
            .ToArray();
        var first = eventIds.Min(id => committed[id]);
        var lastCommit = eventIds.Max(id => committed[id]);
        var lastApplied = eventIds.Where(applied.ContainsKey).Max(id => applied[id]);
        return new RunResult(
            name,
            eventIds.Count,
            latencies.Length,
            eventIds.Count / Stopwatch.GetElapsedTime(first, lastCommit).TotalSeconds,
            latencies.Length / Stopwatch.GetElapsedTime(first, lastApplied).TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95),
            Percentile(latencies, 0.99),
            latencies[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

internal sealed record RunResult(
    string Name, int Committed, int Applied, double CommitsPerSecond, double AppliedPerSecond,
    double P50, double P95, double P99, double Max)
{
    public override string ToString() =>
        $"{Name,-22} committed {Committed,6} ({CommitsPerSecond,7:F1}/s)  applied {Applied,6} ({AppliedPerSecond,7:F1}/s)  " +
        $"commit->consumer p50 {P50,6:F1} ms  p95 {P95,6:F1} ms  p99 {P99,6:F1} ms  max {Max,7:F1} ms";
}
