using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.ServiceDefaults.Hosting;
using Platform.Testing;

namespace ServiceDefaults.Tests.Auth;

/// <summary>
/// A service built on ServiceDefaults (here called plans) validating against the test authority: what it accepts,
/// what it refuses and the reason each 401 gives, and the configurations it refuses to start with.
/// </summary>
public sealed class TokenValidationTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private TestAuthority authority = null!;

    public async Task InitializeAsync()
    {
        authority = await TestAuthority.SharedAsync();
        app = Build("Development", ("Auth:Authority", authority.Address.ToString()));
        app.MapServiceDefaults();
        app.MapGet("/api/plans/me", (HttpContext context) => context.User.FindFirst(ClaimNames.Agency)?.Value);
        await app.StartAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_token_from_the_authority_is_accepted_with_its_claims()
    {
        var response = await Call(await authority.TokenAsync(Agencies.BrecklandCouncil, [Roles.PreventLead], Districts.Breckland));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Agencies.BrecklandCouncil, await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "alg-none", "signature" },
        { "hs256-old-development-key", "algorithm this platform does not accept" },
        { "hs256-authority-issuer", "algorithm this platform does not accept" },
        { "expired", "expired" },
        { "wrong-audience", "another audience" },
        { "wrong-issuer", "issuer this platform does not trust" },
        { "over-long-lifetime", "longer than the 60 minutes" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_the_platform_must_not_trust_is_a_401_saying_why(string kind, string why)
    {
        var token = kind switch
        {
            "alg-none" => ForgedTokens.WithoutSignature(authority),
            "hs256-old-development-key" => ForgedTokens.Symmetric(ForgedTokens.OldDevelopmentKey),
            "hs256-authority-issuer" => ForgedTokens.Symmetric(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), authority.Issuer, "plans"),
            "expired" => ForgedTokens.WithAuthorityKey(authority, issued: DateTime.UtcNow.AddMinutes(-20), lifetime: TimeSpan.FromMinutes(15)),
            "wrong-audience" => ForgedTokens.WithAuthorityKey(authority, audience: "reviews"),
            "wrong-issuer" => ForgedTokens.WithAuthorityKey(authority, issuer: "https://someone-else.example/identity"),
            "over-long-lifetime" => ForgedTokens.WithAuthorityKey(authority, lifetime: TimeSpan.FromMinutes(61)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await Call(token);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_within_the_clock_skew_of_expiry_is_still_accepted()
    {
        var token = ForgedTokens.WithAuthorityKey(authority, issued: DateTime.UtcNow.AddMinutes(-15).AddSeconds(-10), lifetime: TimeSpan.FromMinutes(15));

        Assert.Equal(HttpStatusCode.OK, (await Call(token)).StatusCode);
    }

    [Theory]
    [InlineData("Development", "both set", "Auth:SigningKey", "a2V5", "Auth:Authority", "http://127.0.0.1:1/identity/")]
    [InlineData("Production", "refused outside Development", "Auth:SigningKey", "a2V5", null, null)]
    [InlineData("Production", "must be an https address", "Auth:Authority", "http://identity.internal/identity/", null, null)]
    [InlineData("Development", "Set Auth:Authority", null, null, null, null)]
    public void Start_up_refuses_unsafe_token_settings(string environment, string message, string? key1, string? value1, string? key2, string? value2)
    {
        var settings = new List<(string, string)>();
        if (key1 is not null)
        {
            settings.Add((key1, value1!));
        }

        if (key2 is not null)
        {
            settings.Add((key2, value2!));
        }

        var failure = Assert.Throws<InvalidOperationException>(() => Build(environment, [.. settings]));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Call(string token)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/plans/me");
    }

    private static WebApplication Build(string environment, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TokenValidationTests).Assembly.GetName().Name,
            EnvironmentName = environment,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDefaults(new ServiceIdentity("plans"));
        return builder.Build();
    }
}
