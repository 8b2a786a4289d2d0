using System.Text.Json;
using Identity.Tests.Infrastructure;

namespace Identity.Tests.Connect;

public class DiscoveryTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task Discovery_names_the_issuer_endpoints_and_what_the_service_supports()
    {
        var client = identity.CreateClient();

        var discovery = JsonDocument.Parse(await client.GetStringAsync("/identity/.well-known/openid-configuration")).RootElement;

        Assert.Equal("http://localhost/identity", discovery.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/identity/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/identity/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/identity/.well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"],
            discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).Order());
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("prevent", discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task The_JWKS_publishes_the_RS256_public_key_and_nothing_private()
    {
        var client = identity.CreateClient();

        var keys = JsonDocument.Parse(await client.GetStringAsync("/identity/.well-known/jwks")).RootElement.GetProperty("keys");

        var key = Assert.Single(keys.EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
        Assert.Equal("key-1", key.GetProperty("kid").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(key.TryGetProperty("d", out _), "the private exponent must never be published");
        Assert.False(key.TryGetProperty("p", out _));
    }
}
