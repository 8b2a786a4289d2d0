using System.Net;
using System.Security.Cryptography;
using Gateway.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;

namespace Gateway.Tests;

public sealed class EdgeAuthenticationTests(GatewayWithBackend fixture) : IClassFixture<GatewayWithBackend>
{
    public enum BadToken
    {
        Missing,
        Expired,
        SignedWithAnotherKey,
        ForAnotherAudience,
        FromAnotherIssuer,
    }

    [Theory]
    [InlineData(BadToken.Missing)]
    [InlineData(BadToken.Expired)]
    [InlineData(BadToken.SignedWithAnotherKey)]
    [InlineData(BadToken.ForAnotherAudience)]
    [InlineData(BadToken.FromAnotherIssuer)]
    public async Task A_request_without_a_valid_token_is_refused_at_the_edge(BadToken kind)
    {
        var key = fixture.Gateway.SigningKey;
        var token = kind switch
        {
            BadToken.Missing => null,
            BadToken.Expired => Issue(key, lifetime: TimeSpan.FromMinutes(-5)),
            BadToken.SignedWithAnotherKey => Issue(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
            BadToken.ForAnotherAudience => Issue(key, audience: "another-platform"),
            BadToken.FromAnotherIssuer => Issue(key, issuer: "someone-else"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var path = GatewayWithBackend.UniquePath("/api/plans/priorities");

        var response = await fixture.Gateway.Client(token).GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(path, problem.GetProperty("instance").GetString());
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.False(fixture.Backend.Saw(path));
    }

    private static string Issue(string key, TimeSpan? lifetime = null, string issuer = "csp-dev", string audience = "csp-platform") =>
        DevTokens.Issue(key, Agencies.Opcc, [Roles.Analyst], lifetime: lifetime, issuer: issuer, audience: audience);
}
