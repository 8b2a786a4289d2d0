using System.Diagnostics;
using System.Globalization;

namespace Benchmarks;

/// <summary>
/// A closed loop: a fixed number of workers, each starting its next operation as soon as the last one returned, for
/// a fixed time. Throughput is completed operations per second; latency is each operation's own time.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, int concurrency, TimeSpan duration, Func<long, Task<bool>> operation)
    {
        long sequence = 0;
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var machineBefore = BenchSupport.MachineCpuMilliseconds();
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failures = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var begun = Stopwatch.GetTimestamp();
                if (await operation(Interlocked.Increment(ref sequence)))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
                }
                else
                {
                    failures++;
                }
            }

            return (latencies, failures);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        var machine = BenchSupport.MachineCpuMilliseconds();
        var all = perWorker.SelectMany(w => w.latencies).Order().ToArray();
        var done = Math.Max(1, all.Length);
        return new LoadResult(
            name, all.Length, perWorker.Sum(w => w.failures), all.Length / elapsed,
            BenchSupport.Percentile(all, 50), BenchSupport.Percentile(all, 99), cpu / done,
            (machine.Busy - machineBefore.Busy) / done, (machine.Stolen - machineBefore.Stolen) / (elapsed * 1000 * Environment.ProcessorCount));
    }
}

/// <summary>A fixed number of operations shared by a fixed number of workers (a closed loop), for runs measured by count.</summary>
internal static class FixedRun
{
    public static async Task<LoadResult> RunAsync(string name, int concurrency, int count, Func<int, Task<bool>> operation)
    {
        var next = -1;
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var machineBefore = BenchSupport.MachineCpuMilliseconds();
        var started = Stopwatch.GetTimestamp();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failures = 0;
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var begun = Stopwatch.GetTimestamp();
                if (await operation(i))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
                }
                else
                {
                    failures++;
                }
            }

            return (latencies, failures);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        var machine = BenchSupport.MachineCpuMilliseconds();
        var all = perWorker.SelectMany(w => w.latencies).Order().ToArray();
        var done = Math.Max(1, all.Length);
        return new LoadResult(
            name, all.Length, perWorker.Sum(w => w.failures), all.Length / elapsed, BenchSupport.Percentile(all, 50), BenchSupport.Percentile(all, 99), cpu / done,
            (machine.Busy - machineBefore.Busy) / done, (machine.Stolen - machineBefore.Stolen) / (elapsed * 1000 * Environment.ProcessorCount));
    }
}

/// <param name="CpuMsPerOperation">This process's CPU time (client, gateway and service alike) per completed operation: a
/// figure less at the mercy of other work on the machine than throughput is.</param>
/// <param name="MachineCpuMsPerOperation">The whole machine's busy CPU time per completed operation: with PostgreSQL and
/// RabbitMQ, and with anything else running at the time.</param>
/// <param name="StolenShare">The share of the CPUs' time the hypervisor gave to other guests: a noisy neighbour.</param>
internal sealed record LoadResult(
    string Name, int Completed, int Failed, double PerSecond, double P50, double P99, double CpuMsPerOperation,
    double MachineCpuMsPerOperation, double StolenShare)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name,-34} {PerSecond,8:F1}/s  p50 {P50,7:F1} ms  p99 {P99,7:F1} ms  cpu {CpuMsPerOperation,5:F2} ms/op, machine {MachineCpuMsPerOperation,5:F2} ms/op, stolen {StolenShare,4:P0}  ({Completed} done{(Failed > 0 ? $", {Failed} FAILED" : "")})");
}
