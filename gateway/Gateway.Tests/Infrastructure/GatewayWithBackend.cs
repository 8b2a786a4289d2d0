namespace Gateway.Tests.Infrastructure;

/// <summary>
/// One echo back-end serving as Plans and as CommunityTrigger behind one gateway, for a test class. Tests use
/// unique paths, so what one test sends never confuses another's assertions about what the back-end saw.
/// </summary>
public sealed class GatewayWithBackend : IAsyncLifetime
{
    public const string AllowedOrigin = "https://csp.example";
    public const int MaxBodyBytes = 1024;

    /// <summary>A path allowed larger bodies (uploads), as appsettings lists police.uk imports.</summary>
    public const string LargeBodyPath = "/api/plans/crime-imports";

    public const int LargeBodyMaxBytes = MaxBodyBytes * 8;

    public EchoBackend Backend { get; private set; } = null!;

    public GatewayFactory Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backend = await EchoBackend.StartAsync();
        Gateway = GatewayFactory.Start(new Dictionary<string, string?>
        {
            ["Services:plans"] = Backend.Address.ToString(),
            ["Services:community-trigger"] = Backend.Address.ToString(),
            ["Cors:AllowedOrigins:0"] = AllowedOrigin,
            ["Limits:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:LargeBodies:0:Path"] = LargeBodyPath,
            ["Limits:LargeBodies:0:MaxBytes"] = LargeBodyMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Backend.DisposeAsync();
    }

    public static string UniquePath(string prefix) => $"{prefix}/{Guid.NewGuid():N}";
}
