namespace Platform.ServiceDefaults.Auth;

/// <summary>
/// Token validation settings, section <c>Auth</c>. Normally <see cref="Authority"/>: the identity service, whose
/// discovery document gives the issuer and the JWKS. <see cref="SigningKey"/> is a Development-only alternative.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>No token may live longer than this from issue to expiry, however it is signed.</summary>
    public static readonly TimeSpan MaximumTokenLifetime = TimeSpan.FromMinutes(60);

    /// <summary>Expected issuer; defaults to the authority's own (from discovery), or <c>csp-dev</c> with a signing key.</summary>
    public string? Issuer { get; set; }

    /// <summary>The audience this process requires in <c>aud</c>; defaults to the service's name.</summary>
    public string? Audience { get; set; }

    /// <summary>Accept any of these audiences instead (the gateway, which fronts every service).</summary>
    public List<string> Audiences { get; set; } = [];

    /// <summary>The OpenID Connect issuer address, e.g. <c>https://csp.example.gov.uk/identity/</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>Where to read the discovery document if not from the authority's address (e.g. inside a cluster).</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>
    /// Whether the discovery document must be fetched over https; by default yes outside Development unless it is on this
    /// machine. False only where <see cref="MetadataAddress"/> is on a private network (docker-compose's).
    /// </summary>
    public bool? RequireHttpsMetadata { get; set; }

    /// <summary>Base64 HMAC key: Development only, and never together with <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }
}
