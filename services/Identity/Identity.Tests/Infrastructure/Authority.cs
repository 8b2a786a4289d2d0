using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Identity.Tests.Infrastructure;

/// <summary>What a relying party does with the identity service: read discovery and JWKS, get tokens, validate them.</summary>
public static partial class Authority
{
    public static async Task<OpenIdConnectConfiguration> DiscoverAsync(HttpClient client)
    {
        var configuration = OpenIdConnectConfiguration.Create(await client.GetStringAsync("/identity/.well-known/openid-configuration"));
        var keys = new JsonWebKeySet(await client.GetStringAsync(new Uri(configuration.JwksUri).PathAndQuery));
        configuration.JsonWebKeySet = keys;
        foreach (var key in keys.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }

    /// <summary>Validates as a service would: issuer, audience, lifetime, RS256 signature from the JWKS.</summary>
    public static async Task<TokenValidationResult> ValidateAsync(HttpClient client, string token, string audience, DateTime? at = null)
    {
        var configuration = await DiscoverAsync(client);
        return await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateLifetime = true,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = at is null ? null : (notBefore, expires, _, _) => notBefore <= at && at < expires,
        });
    }

    public static Task<HttpResponseMessage> ClientCredentialsAsync(HttpClient client, string clientId, string secret,
        string? scope = null, params (string Name, string Value)[] extra)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"), new("client_id", clientId), new("client_secret", secret),
        };
        if (scope is not null)
        {
            form.Add(new("scope", scope));
        }

        form.AddRange(extra.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        return client.PostAsync("/identity/connect/token", new FormUrlEncodedContent(form));
    }

    public static async Task<JsonElement> TokensFrom(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static JsonWebToken Read(string token) => new(token);

    /// <summary>
    /// The web front-end's sign-in, over HTTP as a browser does it: authorize, be sent to the sign-in page, post the
    /// form (with its antiforgery token), follow the redirect back to authorize, receive the code at the redirect URI,
    /// redeem it with the PKCE verifier.
    /// </summary>
    public static async Task<JsonElement> SignInThroughBrowserAsync(HttpClient browser, string userName, string password,
        string scope = "openid offline_access plans prevent")
    {
        var (code, verifier) = await AuthorizeAsync(browser, userName, password, scope);
        var response = await browser.PostAsync("/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = IdentityFactory.WebRedirectUri,
            ["client_id"] = IdentityFactory.WebClientId,
            ["code_verifier"] = verifier,
        }));
        return await TokensFrom(response);
    }

    public static async Task<(string Code, string Verifier)> AuthorizeAsync(HttpClient browser, string userName, string password, string scope)
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/identity/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = IdentityFactory.WebClientId,
            ["redirect_uri"] = IdentityFactory.WebRedirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = "state-123",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        var toSignIn = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        var signInPage = await browser.GetAsync(toSignIn.Headers.Location);
        var html = await signInPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);

        var posted = await PostSignInAsync(browser, html, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var back = await browser.GetAsync(posted.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.StartsWith(IdentityFactory.WebRedirectUri, callback.AbsoluteUri, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-123", query["state"].ToString());
        return (query["code"].ToString(), verifier);
    }

    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string signInPageHtml, string userName, string password) =>
        browser.PostAsync("/identity/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField(signInPageHtml, "__RequestVerificationToken"),
            ["ReturnUrl"] = HiddenField(signInPageHtml, "ReturnUrl"),
            ["username"] = userName,
            ["password"] = password,
        }));

    public static string HiddenField(string html, string name)
    {
        var match = Regex.Match(html, $"""<input type="hidden" name="{Regex.Escape(name)}" value="([^"]*)">""");
        Assert.True(match.Success, $"no hidden field {name} in the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<JsonElement> RefreshAsync(HttpClient client, string refreshToken) =>
        await TokensFrom(await client.PostAsync("/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = IdentityFactory.WebClientId,
        })));

    public static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;
}
