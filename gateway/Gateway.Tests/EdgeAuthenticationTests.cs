using System.Net;
using System.Security.Cryptography;
using Gateway.Tests.Infrastructure;
using Platform.Testing;

namespace Gateway.Tests;

public sealed class EdgeAuthenticationTests(GatewayWithBackend fixture) : IClassFixture<GatewayWithBackend>
{
    public enum BadToken
    {
        Missing,
        Expired,
        SignedWithAnotherKey,
        SignedWithTheOldDevelopmentKey,
        NotSigned,
        ForAnotherAudience,
        FromAnotherIssuer,
        LivingTooLong,
    }

    [Theory]
    [InlineData(BadToken.Missing, "Send a bearer token")]
    [InlineData(BadToken.Expired, "expired")]
    [InlineData(BadToken.SignedWithAnotherKey, "algorithm this platform does not accept")]
    [InlineData(BadToken.SignedWithTheOldDevelopmentKey, "algorithm this platform does not accept")]
    [InlineData(BadToken.NotSigned, "signature")]
    [InlineData(BadToken.ForAnotherAudience, "another audience")]
    [InlineData(BadToken.FromAnotherIssuer, "issuer this platform does not trust")]
    [InlineData(BadToken.LivingTooLong, "longer than the 60 minutes")]
    public async Task A_request_without_a_valid_token_is_refused_at_the_edge_saying_why(BadToken kind, string why)
    {
        var authority = fixture.Gateway.Authority;
        var token = kind switch
        {
            BadToken.Missing => null,
            BadToken.Expired => ForgedTokens.WithAuthorityKey(authority, issued: DateTime.UtcNow.AddMinutes(-20), lifetime: TimeSpan.FromMinutes(15)),
            BadToken.SignedWithAnotherKey => ForgedTokens.Symmetric(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), authority.Issuer, "plans"),
            BadToken.SignedWithTheOldDevelopmentKey => ForgedTokens.Symmetric(ForgedTokens.OldDevelopmentKey),
            BadToken.NotSigned => ForgedTokens.WithoutSignature(authority),
            BadToken.ForAnotherAudience => ForgedTokens.WithAuthorityKey(authority, audience: "another-platform"),
            BadToken.FromAnotherIssuer => ForgedTokens.WithAuthorityKey(authority, issuer: "https://someone-else.example/"),
            BadToken.LivingTooLong => ForgedTokens.WithAuthorityKey(authority, lifetime: TimeSpan.FromHours(8)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var path = GatewayWithBackend.UniquePath("/api/plans/priorities");

        var response = await fixture.Gateway.Client(token).GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(path, problem.GetProperty("instance").GetString());
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.False(fixture.Backend.Saw(path));
    }

    [Fact]
    public async Task A_token_from_the_identity_service_is_accepted_and_forwarded()
    {
        var path = GatewayWithBackend.UniquePath("/api/plans/priorities");

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(fixture.Backend.Saw(path));
    }
}
