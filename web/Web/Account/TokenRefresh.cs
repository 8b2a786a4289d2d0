using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Platform.Web.Account;

/// <summary>
/// Before any page runs for a signed-in person, swaps an access token that expires within a minute for a fresh one
/// with the refresh token, and saves both in the server-side ticket. A refused refresh (the account was removed, the
/// refresh token expired) signs the person out: their next page asks them to sign in again.
/// </summary>
internal sealed partial class TokenRefresh(
    IHttpClientFactory clients, IOptionsMonitor<OpenIdConnectOptions> oidc, TimeProvider time, ILogger<TokenRefresh> logger)
{
    public const string ClientName = "identity-token-refresh";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public async Task KeepFreshAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expiry = PersonSignIn.AccessTokenExpiry(context.Properties);
        var now = time.GetUtcNow();
        if (expiry is { } at && at - Margin > now)
        {
            return;
        }

        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        var tokens = refreshToken is null ? null : await RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        if (tokens is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        var seconds = tokens.Value.TryGetProperty("expires_in", out var expiresIn) ? expiresIn.GetInt32() : 300;
        context.Properties.UpdateTokenValue("access_token", tokens.Value.GetProperty("access_token").GetString()!);
        if (tokens.Value.TryGetProperty("refresh_token", out var rotated))
        {
            context.Properties.UpdateTokenValue("refresh_token", rotated.GetString()!);
        }

        context.Properties.UpdateTokenValue("expires_at", now.AddSeconds(seconds).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }

    private async Task<JsonElement?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var response = await clients.CreateClient(ClientName).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
            }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogRefreshRefused(logger, (int)response.StatusCode);
            return null;
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The identity service refused to refresh a session's token ({Status}); the person is signed out")]
    private static partial void LogRefreshRefused(ILogger logger, int status);
}
