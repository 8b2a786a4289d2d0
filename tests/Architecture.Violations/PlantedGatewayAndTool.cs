#pragma warning disable CA1812, CA1822, CA1515 // never instantiated: only its dependencies matter

using Microsoft.EntityFrameworkCore;

// A gateway shaped like Planted.Gateway (no database, no bus) and a tool shaped like Planted.Benchmarks (one
// folder per benchmark).
namespace Planted.Gateway.Routing
{
    /// <summary>Violation: the gateway reading a database.</summary>
    public sealed class RouteStore(DbContextOptions<RouteStore> options) : DbContext(options);

    /// <summary>Allowed.</summary>
    public static class RouteNames
    {
        public static string Of(string service) => $"/{service}";
    }
}

namespace Planted.Benchmarks.Outbox
{
    /// <summary>Allowed.</summary>
    public static class OutboxBenchmark
    {
        public static int Events => 1000;
    }
}

namespace Planted.Benchmarks.Plans
{
    /// <summary>Violation: one benchmark leaning on another.</summary>
    public static class PlansBenchmark
    {
        public static int Events => Outbox.OutboxBenchmark.Events;
    }
}
