using Microsoft.AspNetCore.Hosting;
using Plans.Api;
using Platform.Testing;

namespace Benchmarks;

/// <summary>The real Plans service (in-memory HTTP) on its own database and virtual host on the shared test servers.</summary>
internal sealed class BenchPlansService : ServiceFactory<PlansApi>
{
    public BenchPlansService()
        : base("bench-plans")
    {
        // Outside a test project there is no content-root manifest; the service reads nothing from disk anyway.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLANS_API", AppContext.BaseDirectory);
    }

    /// <summary>The service's broker identity: its queues are named <c>plans-…</c>, and its user may configure only those.</summary>
    protected override string BrokerUserName => "plans";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
