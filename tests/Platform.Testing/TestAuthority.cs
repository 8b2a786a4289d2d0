using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Identity.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Testing;

/// <summary>
/// The real identity service (services/Identity), started once per test process on a loopback socket with its own
/// database, so services under test validate tokens against its discovery document and JWKS exactly as deployed.
/// Tests get tokens from its token endpoint through the development grant (any agency, roles, district), as
/// <c>./platform token</c> does; no process but this one holds a signing key.
/// </summary>
public sealed class TestAuthority
{
    public const string ClientId = "csp-tests";

    private static readonly Lazy<Task<TestAuthority>> Shared = new(StartAsync);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(60);
    private readonly ConcurrentDictionary<string, (string Token, DateTime Fetched)> tokens = new(StringComparer.Ordinal);
    private static readonly HttpClient Client = new();
    private static Host? running; // the host lives as long as the test process
    private readonly string secret;

    private TestAuthority(Host host, string secret, string signingKeyPem)
    {
        running = host;
        Address = new Uri(host.Address, IdentityPaths.PathBase + "/");
        this.secret = secret;
        using var rsa = RSA.Create();
        rsa.ImportFromPem(signingKeyPem);
        SigningKey = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = Host.KeyId };
    }

    /// <summary>The authority's address, as services are told in <c>Auth:Authority</c>.</summary>
    public Uri Address { get; }

    /// <summary>The issuer its tokens name, read from its discovery document.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>
    /// The authority's own private key, for tests that need a token it would never issue (expired, too long-lived,
    /// wrong audience) yet signed by a trusted key, so that only the rule under test can refuse it.
    /// </summary>
    public RsaSecurityKey SigningKey { get; }

    public static Task<TestAuthority> SharedAsync() => Shared.Value;

    /// <summary>A token for someone of <paramref name="agency"/> in <paramref name="roles"/>, meant for every service.</summary>
    public string Token(string agency, IEnumerable<string> roles, string? district = null, string? subject = null) =>
        Task.Run(() => TokenAsync(agency, roles, district, subject)).GetAwaiter().GetResult();

    public async Task<string> TokenAsync(string agency, IEnumerable<string> roles, string? district = null, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var roleList = roles.ToList();
        var key = $"{agency}|{string.Join('+', roleList)}|{district}|{subject}";
        if (tokens.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.Fetched < TokenLifetime / 2)
        {
            return cached.Token;
        }

        var token = await DevelopmentGrant.RequestAsync(Client, Address, ClientId, secret, agency, roleList, district, subject).ConfigureAwait(false);
        tokens[key] = (token, DateTime.UtcNow);
        return token;
    }

    private static async Task<TestAuthority> StartAsync()
    {
        var servers = await TestServers.SharedAsync();
        var database = await servers.CreateDatabaseAsync("identity");
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var host = new Host(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = database,
            ["Identity:AccessTokenLifetime"] = TokenLifetime.ToString(),
            ["Identity:SigningKeys:0:Id"] = Host.KeyId,
            ["Identity:SigningKeys:0:Pem"] = pem,
            ["Identity:EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Identity:DevelopmentTokens:ClientId"] = ClientId,
            ["Identity:DevelopmentTokens:Secret"] = secret,
        });
        var authority = new TestAuthority(host, secret, pem);
        // The issuer exactly as the authority writes it in tokens (trailing slash and all), from its discovery document.
        using var discovery = await Client.GetAsync(new Uri(authority.Address, ".well-known/openid-configuration"));
        discovery.EnsureSuccessStatusCode();
        authority.Issuer = (await discovery.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issuer").GetString()!;
        return authority;
    }

    /// <summary>Lives as long as the test process: every service in it trusts this authority.</summary>
    private sealed class Host : WebApplicationFactory<IdentityApi>
    {
        public const string KeyId = "test-key";
        private readonly IReadOnlyDictionary<string, string?> settings;

        public Host(IReadOnlyDictionary<string, string?> settings)
        {
            this.settings = settings;
            UseKestrel(0);
            StartServer();
        }

        public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(Path.Combine(RepositoryRoot.FullPath, "services", "Identity", "Identity.Api"));
            builder.UseEnvironment("Development");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
