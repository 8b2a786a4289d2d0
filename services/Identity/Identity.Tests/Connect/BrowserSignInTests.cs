using System.Net;
using Identity.Api.Users;
using Identity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace Identity.Tests.Connect;

public class BrowserSignInTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_person_signs_in_with_code_and_PKCE_and_gets_tokens_with_their_agency_role_and_district()
    {
        var browser = identity.Browser();

        var tokens = await Authority.SignInThroughBrowserAsync(browser, "Breckland.Prevent", DevelopmentUsers.Password);

        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var validated = await Authority.ValidateAsync(browser, accessToken, "prevent");
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var token = Authority.Read(accessToken);
        Assert.Equal("dev:breckland.prevent", token.Subject);
        Assert.Equal(Agencies.BrecklandCouncil, token.GetClaim(ClaimNames.Agency).Value);
        Assert.Equal(Roles.PreventLead, token.GetClaim(ClaimNames.Role).Value);
        Assert.Equal(Districts.Breckland, token.GetClaim(ClaimNames.District).Value);
        Assert.Equal(["plans", "prevent"], token.Audiences.Order());
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
        Assert.True(tokens.TryGetProperty("id_token", out _));
    }

    [Fact]
    public async Task A_code_cannot_be_redeemed_without_the_PKCE_verifier()
    {
        var browser = identity.Browser();
        var (code, _) = await Authority.AuthorizeAsync(browser, "opcc.officer", DevelopmentUsers.Password, "openid plans");

        var response = await browser.PostAsync("/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = IdentityFactory.WebRedirectUri,
            ["client_id"] = IdentityFactory.WebClientId,
            ["code_verifier"] = "not-the-verifier-that-made-the-challenge-at-all",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await Authority.ErrorOf(response));
    }

    [Fact]
    public async Task An_authorization_request_without_a_code_challenge_is_refused()
    {
        var browser = identity.Browser();

        var response = await browser.GetAsync(
            $"/identity/connect/authorize?client_id={IdentityFactory.WebClientId}&redirect_uri={Uri.EscapeDataString(IdentityFactory.WebRedirectUri)}&response_type=code&scope=openid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code_challenge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_an_error_summary_and_signs_nobody_in()
    {
        var browser = identity.Browser();
        var page = await (await browser.GetAsync("/identity/account/sign-in")).Content.ReadAsStringAsync();

        var response = await Authority.PostSignInAsync(browser, page, "opcc.officer", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Enter a correct user name and password", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("csp-identity=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_sign_in_form_posted_without_its_antiforgery_token_is_refused()
    {
        var browser = identity.Browser();
        await browser.GetAsync("/identity/account/sign-in");

        var response = await browser.PostAsync("/identity/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "opcc.officer",
            ["password"] = DevelopmentUsers.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_does_not_redirect_off_the_site()
    {
        var browser = identity.Browser();
        var page = await (await browser.GetAsync("/identity/account/sign-in?ReturnUrl=https%3A%2F%2Fevil.example")).Content.ReadAsStringAsync();

        Assert.Equal("", Authority.HiddenField(page, "ReturnUrl"));
        var response = await Authority.PostSignInAsync(browser, page, "opcc.officer", DevelopmentUsers.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You are signed in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_gives_a_new_access_token_that_reflects_the_person_as_they_are_now()
    {
        var browser = identity.Browser();
        var first = await Authority.SignInThroughBrowserAsync(browser, "norwich.spoc", DevelopmentUsers.Password, "openid offline_access community-trigger");
        await using (var db = identity.NewDbContext())
        {
            var spoc = await db.Users.SingleAsync(u => u.Subject == "dev:norwich.spoc");
            spoc.Update(spoc.ToPlatformUser() with { Roles = [Roles.TriggerSpoc, Roles.Analyst] }, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var refreshed = await Authority.RefreshAsync(browser, first.GetProperty("refresh_token").GetString()!);

        var token = Authority.Read(refreshed.GetProperty("access_token").GetString()!);
        Assert.True((await Authority.ValidateAsync(browser, token.EncodedToken, "community-trigger")).IsValid);
        Assert.Equal([Roles.Analyst, Roles.TriggerSpoc], token.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value).Order());
        Assert.Equal(["community-trigger"], token.Audiences);
    }

    [Fact]
    public async Task A_removed_account_cannot_refresh()
    {
        var browser = identity.Browser();
        var first = await Authority.SignInThroughBrowserAsync(browser, "ops", DevelopmentUsers.Password, "openid offline_access plans");
        await using (var db = identity.NewDbContext())
        {
            await db.Users.Where(u => u.Subject == "dev:ops").ExecuteDeleteAsync();
        }

        var response = await browser.PostAsync("/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = first.GetProperty("refresh_token").GetString()!,
            ["client_id"] = IdentityFactory.WebClientId,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await Authority.ErrorOf(response));
    }
}
