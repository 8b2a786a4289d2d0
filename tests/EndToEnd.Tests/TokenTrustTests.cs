using System.Net;
using System.Net.Http.Headers;
using EndToEnd.Tests.Infrastructure;
using Platform.Testing;

namespace EndToEnd.Tests;

/// <summary>Every process trusts the identity service's keys and nothing else, whichever door a caller knocks on.</summary>
public class TokenTrustTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    public static TheoryData<string> Doors => new() { "gateway", "plans", "community-trigger", "prevent", "reviews" };

    [Theory]
    [MemberData(nameof(Doors))]
    public async Task A_token_signed_with_the_old_development_key_is_refused(string door)
    {
        var (address, path) = Door(door);
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ForgedTokens.Symmetric(ForgedTokens.OldDevelopmentKey));

        var response = await client.GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("algorithm this platform does not accept", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Doors))]
    public async Task A_token_from_the_identity_service_is_accepted(string door)
    {
        var (address, path) = Door(door);
        using var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.Authority.TokenAsync(
            Platform.Contracts.Agencies.Opcc, [Platform.Contracts.Roles.Ops]));

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private (Uri Address, string Path) Door(string door) => door switch
    {
        "gateway" => (platform.Gateway.Address, "/api/plans/admin/outbox"),
        "plans" => (platform.Plans.Address, "/api/plans/admin/outbox"),
        "community-trigger" => (platform.CommunityTrigger.Address, "/api/community-trigger/admin/outbox"),
        "prevent" => (platform.Prevent.Address, "/api/prevent/admin/outbox"),
        "reviews" => (platform.Reviews.Address, "/api/reviews/admin/outbox"),
        _ => throw new ArgumentOutOfRangeException(nameof(door)),
    };
}
