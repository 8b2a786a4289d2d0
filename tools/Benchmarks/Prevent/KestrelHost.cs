using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Testing;

namespace Benchmarks.Prevent;

/// <summary>A service or the gateway, as built by its own Program.cs, listening on a real loopback socket.</summary>
internal sealed class KestrelHost<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly string contentRoot;
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <param name="projectFolder">The project's folder from the repository root: its appsettings.json is read from there.</param>
    public KestrelHost(string projectFolder, IReadOnlyDictionary<string, string?> settings)
    {
        contentRoot = Path.Combine(RepositoryRoot.FullPath, projectFolder);
        this.settings = settings;
        UseKestrel(0);
        StartServer();
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(contentRoot);
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
