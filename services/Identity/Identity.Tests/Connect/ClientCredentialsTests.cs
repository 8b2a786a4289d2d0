using System.Net;
using Identity.Tests.Infrastructure;
using Platform.Contracts;

namespace Identity.Tests.Connect;

public class ClientCredentialsTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Theory]
    [InlineData(IdentityFactory.SchoolsClientId, IdentityFactory.SchoolsAgency)]
    [InlineData(IdentityFactory.HousingClientId, IdentityFactory.HousingAgency)]
    public async Task Each_partner_gets_a_token_for_its_own_agency_as_a_partner_system(string clientId, string agency)
    {
        var client = identity.CreateClient();
        var secret = clientId == IdentityFactory.SchoolsClientId ? IdentityFactory.SchoolsSecret : IdentityFactory.HousingSecret;

        var tokens = await Authority.TokensFrom(await Authority.ClientCredentialsAsync(client, clientId, secret, scope: "prevent"));

        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var validated = await Authority.ValidateAsync(client, accessToken, "prevent");
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var token = Authority.Read(accessToken);
        Assert.Equal(agency, token.GetClaim(ClaimNames.Agency).Value);
        Assert.Equal([Roles.PartnerSystem], token.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
        Assert.Equal($"client:{clientId}", token.Subject);
        Assert.Equal(["prevent"], token.Audiences);
        Assert.Equal(TimeSpan.FromMinutes(15), token.ValidTo - token.IssuedAt);
        Assert.Equal("RS256", token.Alg);
    }

    [Fact]
    public async Task A_partner_cannot_ask_for_another_agency()
    {
        var client = identity.CreateClient();

        var response = await Authority.ClientCredentialsAsync(client, IdentityFactory.SchoolsClientId, IdentityFactory.SchoolsSecret,
            scope: "prevent", ("agency", Agencies.Opcc));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", await Authority.ErrorOf(response));
        Assert.Contains(IdentityFactory.SchoolsAgency, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_cannot_get_a_token_for_a_service_it_is_not_registered_for()
    {
        var client = identity.CreateClient();

        var response = await Authority.ClientCredentialsAsync(client, IdentityFactory.SchoolsClientId, IdentityFactory.SchoolsSecret, scope: "plans");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", await Authority.ErrorOf(response));
        Assert.Contains("scope", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_scope_the_token_is_meant_for_every_service_the_partner_may_call()
    {
        var client = identity.CreateClient();

        var tokens = await Authority.TokensFrom(
            await Authority.ClientCredentialsAsync(client, IdentityFactory.HousingClientId, IdentityFactory.HousingSecret));

        Assert.Equal(["community-trigger", "prevent"], Authority.Read(tokens.GetProperty("access_token").GetString()!).Audiences.Order());
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token()
    {
        var client = identity.CreateClient();

        var response = await Authority.ClientCredentialsAsync(client, IdentityFactory.SchoolsClientId, IdentityFactory.HousingSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await Authority.ErrorOf(response));
    }
}
