using System.Security.Cryptography;
using Identity.Api;
using Identity.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Identity.Tests.Infrastructure;

/// <summary>
/// The identity service on its own real database with the development users, the web client and two partner
/// systems. Signing keys are generated per factory; <see cref="SigningKeys"/> lists them as configured (first signs).
/// </summary>
public class IdentityFactory() : ServiceFactory<IdentityApi>("identity")
{
    public const string WebClientId = "csp-web";
    public const string WebRedirectUri = "https://web.example.test/signed-in";
    public const string SchoolsClientId = "schools-mis";
    public const string SchoolsAgency = "norfolk-schools-mis";
    public const string HousingClientId = "housing-system";
    public const string HousingAgency = "broadland-housing";

    public static readonly string SchoolsSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    public static readonly string HousingSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>(kid, PEM) in configuration order; a derived factory may add a newer one in front (rotation).</summary>
    public virtual IReadOnlyList<(string Id, string Pem)> SigningKeys { get; } = [("key-1", NewKeyPem())];

    public string? EncryptionKey { get; init; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Shared with another factory to run a second instance on the same database (rotation).</summary>
    public string? SharedConnectionString { get; init; }

    public static string NewKeyPem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        if (SharedConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:postgres", SharedConnectionString);
        }

        builder.UseSetting("Identity:SeedDevelopmentUsers", "true");
        builder.UseSetting("Identity:EncryptionKey", EncryptionKey);
        for (var i = 0; i < SigningKeys.Count; i++)
        {
            builder.UseSetting($"Identity:SigningKeys:{i}:Id", SigningKeys[i].Id);
            builder.UseSetting($"Identity:SigningKeys:{i}:Pem", SigningKeys[i].Pem);
        }

        builder.UseSetting("Identity:WebClient:ClientId", WebClientId);
        builder.UseSetting("Identity:WebClient:RedirectUris:0", WebRedirectUri);
        Partner(builder, 0, SchoolsClientId, SchoolsSecret, SchoolsAgency, "prevent");
        Partner(builder, 1, HousingClientId, HousingSecret, HousingAgency, "community-trigger", "prevent");
    }

    private static void Partner(IWebHostBuilder builder, int index, string clientId, string secret, string agency, params string[] apis)
    {
        builder.UseSetting($"Identity:Partners:{index}:ClientId", clientId);
        builder.UseSetting($"Identity:Partners:{index}:Secret", secret);
        builder.UseSetting($"Identity:Partners:{index}:Agency", agency);
        for (var i = 0; i < apis.Length; i++)
        {
            builder.UseSetting($"Identity:Partners:{index}:Apis:{i}", apis[i]);
        }
    }

    /// <summary>A browser: keeps cookies, does not follow redirects (tests follow them and look at each).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public IdentityDbContext NewDbContext() => new(new DbContextOptionsBuilder<IdentityDbContext>().UseNpgsql(ConnectionString).Options);
}
