using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Testing;

/// <summary>
/// Asks an identity service for a token through its development grant (any agency, roles and district; Development
/// only): the test authority for tests, the platform's own for benchmarks. The identity service signs; nothing here can.
/// </summary>
public static class DevelopmentGrant
{
    /// <summary>services/Identity/Identity.Api/Connect/DevelopmentTokens.cs</summary>
    public const string GrantType = "urn:csp:params:oauth:grant-type:development";

    public static async Task<string> RequestAsync(HttpClient http, Uri authority, string clientId, string secret,
        string agency, IEnumerable<string> roles, string? district = null, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(roles);
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", GrantType), new("client_id", clientId), new("client_secret", secret), new("agency", agency),
        };
        form.AddRange(roles.Select(role => new KeyValuePair<string, string>("role", role)));
        if (district is not null)
        {
            form.Add(new("district", district));
        }

        if (subject is not null)
        {
            form.Add(new("subject", subject));
        }

        using var content = new FormUrlEncodedContent(form);
        // ConfigureAwait(false): TestAuthority.Token blocks on this from xunit's two-thread context, which would deadlock.
        using var response = await http.PostAsync(new Uri(new Uri(authority.ToString().TrimEnd('/') + "/"), "connect/token"), content).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The identity service at {authority} refused a development token: {body}");
        }

        return body.GetProperty("access_token").GetString()!;
    }
}
