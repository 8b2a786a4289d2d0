namespace Platform.ServiceDefaults.Auth;

/// <summary>Token validation settings, section <c>Auth</c>. Production names an OIDC <see cref="Authority"/>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "csp-dev";

    public string Audience { get; set; } = "csp-platform";

    /// <summary>OIDC authority; when set, signing keys come from its discovery document.</summary>
    public string? Authority { get; set; }

    /// <summary>Base64 HMAC key for development and tests only (<c>./platform up</c> generates one).</summary>
    public string? SigningKey { get; set; }
}
