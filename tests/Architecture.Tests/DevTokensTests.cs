using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Testing;

namespace Architecture.Tests;

public sealed class DevTokensTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public async Task Token_validates_with_the_key_and_carries_the_platform_claims()
    {
        var token = DevTokens.Issue(Convert.ToBase64String(Key), "norfolk-constabulary", ["prevent-lead", "analyst"], "norwich");

        var result = await Validate(token);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("norfolk-constabulary", result.ClaimsIdentity.FindFirst("agency")?.Value);
        Assert.Equal(["prevent-lead", "analyst"], result.ClaimsIdentity.FindAll("role").Select(claim => claim.Value));
        Assert.Equal("norwich", result.ClaimsIdentity.FindFirst("district")?.Value);
        Assert.False(string.IsNullOrEmpty(result.ClaimsIdentity.FindFirst("sub")?.Value));
    }

    [Fact]
    public async Task Negative_lifetime_gives_an_expired_token()
    {
        var token = DevTokens.Issue(Convert.ToBase64String(Key), "norfolk-opcc", ["ops"], lifetime: TimeSpan.FromMinutes(-10));

        var result = await Validate(token);

        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }

    private static Task<TokenValidationResult> Validate(string token) =>
        new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "csp-dev",
            ValidAudience = "csp-platform",
            IssuerSigningKey = new SymmetricSecurityKey(Key),
            ClockSkew = TimeSpan.Zero,
        });
}
