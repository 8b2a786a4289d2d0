using Identity.Api.Federation;
using Platform.Contracts;

namespace Identity.Api.Configuration;

/// <summary>The identity service's settings, section <c>Identity</c>. Checked once at start-up by <see cref="Validate"/>.</summary>
public sealed class AuthorityOptions
{
    public const string Section = "Identity";

    /// <summary>No access token lives longer, whatever is configured; validators refuse longer-lived tokens too.</summary>
    public static readonly TimeSpan MaximumAccessTokenLifetime = TimeSpan.FromMinutes(60);

    /// <summary>
    /// The public address tokens name as their issuer, e.g. <c>https://csp.example.gov.uk/identity/</c>. Required
    /// outside Development; unset, the address the request arrived at is used.
    /// </summary>
    public Uri? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a person stays signed in to the web front-end without signing in again.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// RSA keys that sign tokens. The first signs; every key is published in the JWKS, so tokens signed by a key
    /// being retired stay valid until they expire. Rotation: put the new key first, keep the old one second for at
    /// least the access-token lifetime (refresh tokens are not signed with these keys), then remove it.
    /// Empty in Development: an ephemeral key is generated at start-up.
    /// </summary>
    public List<SigningKeyOptions> SigningKeys { get; set; } = [];

    /// <summary>Base64 AES-256 key encrypting the tokens only this service reads (authorization codes, refresh tokens).</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Services a token can be meant for: each is a scope and, in the token, an audience (<c>aud</c>).</summary>
    public List<string> Apis { get; set; } =
        ["gateway", "plans", "reviews", "community-trigger", "prevent", "funding", "consultation"];

    /// <summary>The web front-end: a public client using authorization code with PKCE, and refresh tokens.</summary>
    public WebClientOptions? WebClient { get; set; }

    /// <summary>Partner systems: confidential clients using client credentials, each speaking for one agency.</summary>
    public List<PartnerClientOptions> Partners { get; set; } = [];

    /// <summary>Seeds the development users (one password for all). Refused outside Development.</summary>
    public bool SeedDevelopmentUsers { get; set; }

    public FederationOptions Federation { get; set; } = new();

    /// <summary>The client allowed the development grant (any claims); refused outside Development.</summary>
    public DevelopmentClientOptions? DevelopmentTokens { get; set; }

    /// <summary>Refuses settings that would make the service unsafe or unusable; messages name the setting.</summary>
    public void Validate(bool isDevelopment)
    {
        if (AccessTokenLifetime <= TimeSpan.Zero || AccessTokenLifetime > MaximumAccessTokenLifetime)
        {
            throw new InvalidOperationException(
                $"{Section}:AccessTokenLifetime must be positive and at most {MaximumAccessTokenLifetime}, not {AccessTokenLifetime}.");
        }

        if (RefreshTokenLifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:RefreshTokenLifetime must be positive.");
        }

        if (!isDevelopment)
        {
            if (Issuer is null || Issuer.Scheme != Uri.UriSchemeHttps)
            {
                throw new InvalidOperationException($"{Section}:Issuer must be set to the public https address outside Development.");
            }

            if (SigningKeys.Count == 0 || string.IsNullOrEmpty(EncryptionKey))
            {
                throw new InvalidOperationException(
                    $"{Section}:SigningKeys and {Section}:EncryptionKey must be set outside Development (ephemeral keys would log everyone out on restart).");
            }

            if (DevelopmentTokens is not null)
            {
                throw new InvalidOperationException(
                    $"{Section}:DevelopmentTokens is refused outside Development: its client can have any claims signed.");
            }

            if (SeedDevelopmentUsers)
            {
                throw new InvalidOperationException(
                    $"{Section}:SeedDevelopmentUsers is refused outside Development: its users share a published password.");
            }
        }

        if (Apis.FirstOrDefault(api => !Agencies.IsWellFormed(api)) is { } badApi)
        {
            throw new InvalidOperationException($"{Section}:Apis: '{badApi}' is not a slug (lower-case words joined by hyphens).");
        }

        foreach (var (key, index) in SigningKeys.Select((key, index) => (key, index)))
        {
            key.Validate($"{Section}:SigningKeys:{index}");
        }

        WebClient?.Validate($"{Section}:WebClient");
        foreach (var (partner, index) in Partners.Select((partner, index) => (partner, index)))
        {
            partner.Validate($"{Section}:Partners:{index}", Apis);
        }

        var clientIds = Partners.Select(partner => partner.ClientId).Append(WebClient?.ClientId).Append(DevelopmentTokens?.ClientId)
            .OfType<string>().ToList();
        if (clientIds.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            throw new InvalidOperationException($"{Section}: client id '{duplicate.Key}' is registered twice.");
        }

        Federation.Validate($"{Section}:Federation");
    }
}

/// <summary>One RSA private key in PEM, inline (<see cref="Pem"/>) or, better, from a mounted secret file (<see cref="PemFile"/>).</summary>
public sealed class SigningKeyOptions
{
    /// <summary>The key id (<c>kid</c>) tokens and the JWKS name it by, e.g. <c>2026-12</c>.</summary>
    public string Id { get; set; } = "";

    public string? PemFile { get; set; }

    public string? Pem { get; set; }

    internal void Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new InvalidOperationException($"{path}:Id must name the key.");
        }

        if (string.IsNullOrEmpty(PemFile) == string.IsNullOrEmpty(Pem))
        {
            throw new InvalidOperationException($"{path}: set exactly one of PemFile and Pem.");
        }
    }
}

public sealed class WebClientOptions
{
    public string ClientId { get; set; } = "csp-web";

    public string DisplayName { get; set; } = "Community Safety Partnership";

    /// <summary>Where the front-end receives the authorization code; exact match.</summary>
    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];

    internal void Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new InvalidOperationException($"{path}:ClientId must be set.");
        }

        if (RedirectUris.Count == 0 || RedirectUris.Any(uri => !uri.IsAbsoluteUri))
        {
            throw new InvalidOperationException($"{path}:RedirectUris needs at least one absolute address.");
        }
    }
}

public sealed class PartnerClientOptions
{
    public string ClientId { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>The client secret; prefer <see cref="SecretFile"/> (a mounted secret) outside a developer's machine.</summary>
    public string? Secret { get; set; }

    public string? SecretFile { get; set; }

    /// <summary>The agency every token of this client speaks for; the client cannot ask for another.</summary>
    public string Agency { get; set; } = "";

    public string? District { get; set; }

    /// <summary>Services the partner may call (scopes, and audiences of its tokens).</summary>
    public List<string> Apis { get; set; } = [];

    public string ReadSecret() =>
        Secret is { Length: > 0 } secret ? secret : File.ReadAllText(SecretFile!).Trim();

    internal void Validate(string path, IReadOnlyCollection<string> apis)
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new InvalidOperationException($"{path}:ClientId must be set.");
        }

        if (!Agencies.IsWellFormed(Agency))
        {
            throw new InvalidOperationException($"{path}:Agency must be an agency slug such as {Agencies.Opcc}, not '{Agency}'.");
        }

        if (District is not null && !Districts.IsArea(District))
        {
            throw new InvalidOperationException($"{path}:District '{District}' is not a district.");
        }

        if (string.IsNullOrEmpty(Secret) == string.IsNullOrEmpty(SecretFile))
        {
            throw new InvalidOperationException($"{path}: set exactly one of Secret and SecretFile.");
        }

        if (Secret is { Length: < 32 })
        {
            throw new InvalidOperationException($"{path}:Secret is too short to resist guessing (at least 32 characters).");
        }

        if (Apis.Count == 0 || Apis.Any(api => !apis.Contains(api)))
        {
            throw new InvalidOperationException($"{path}:Apis must name at least one of {string.Join(", ", apis)}.");
        }
    }
}

public sealed class DevelopmentClientOptions
{
    public string ClientId { get; set; } = "csp-development";

    public string? Secret { get; set; }

    public string? SecretFile { get; set; }

    public string ReadSecret() =>
        Secret is { Length: > 0 } secret ? secret : File.ReadAllText(SecretFile!).Trim();
}
