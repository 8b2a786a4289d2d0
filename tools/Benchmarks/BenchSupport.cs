using System.Globalization;
using System.Runtime.InteropServices;

namespace Benchmarks;

/// <summary>What every benchmark prints first and how it reads its options.</summary>
internal static class BenchSupport
{
    public static void PrintMachine() =>
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    /// <summary>
    /// The machine's CPU time so far from <c>/proc/stat</c>, all processes together: busy (user, nice, system, irq,
    /// softirq) and stolen by the hypervisor, in milliseconds; zeros where there is no <c>/proc/stat</c>.
    /// </summary>
    public static (double Busy, double Stolen) MachineCpuMilliseconds()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(field => double.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        const double MillisecondsPerTick = 10; // USER_HZ is 100 on Linux
        return ((ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6]) * MillisecondsPerTick, ticks[7] * MillisecondsPerTick);
    }

    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The value below which <paramref name="percent"/>% of the sorted samples fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
