using System.Net;
using Gateway.Tests.Infrastructure;

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
            BadToken.Expired => TestTokens.Issue(key, "analyst-1", expires: DateTime.UtcNow.AddMinutes(-5)),
            BadToken.SignedWithAnotherKey => TestTokens.Issue(TestTokens.OtherKey(), "analyst-1"),
            BadToken.ForAnotherAudience => TestTokens.Issue(key, "analyst-1", audience: "another-platform"),
            BadToken.FromAnotherIssuer => TestTokens.Issue(key, "analyst-1", issuer: "someone-else"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var path = GatewayWithBackend.UniquePath("/api/plans/priorities");

        var response = await fixture.Gateway.Client(token).GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(path, problem.GetProperty("instance").GetString());
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.False(fixture.Backend.Saw(path));
    }
}
