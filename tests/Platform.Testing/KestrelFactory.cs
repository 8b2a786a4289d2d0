using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Testing;

/// <summary>
/// A service or the gateway, as built by its own Program.cs, on a real loopback socket, so calls between them are real
/// HTTP (end-to-end tests, benchmarks).
/// </summary>
public sealed class KestrelFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly string? contentRoot;

    /// <summary>Starts listening at once on a free loopback port.</summary>
    /// <param name="projectFolder">
    /// The project's folder from the repository root, for hosts outside a test project (which has no content-root
    /// manifest); its appsettings.json is read from there, in the Production environment.
    /// </param>
    /// <param name="port">A port chosen beforehand (when another process must know the address before this one starts); 0 for any free one.</param>
    public KestrelFactory(IReadOnlyDictionary<string, string?> settings, string? projectFolder = null, int port = 0)
    {
        this.settings = settings;
        contentRoot = projectFolder is null ? null : Path.Combine(RepositoryRoot.FullPath, projectFolder);
        UseKestrel(port);
        StartServer();
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (contentRoot is not null)
        {
            builder.UseContentRoot(contentRoot);
            builder.UseEnvironment("Production");
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
