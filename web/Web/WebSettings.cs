namespace Platform.Web;

/// <summary>
/// The web front-end's settings (section <c>Web</c>): where the gateway is (the APIs, and the identity service behind
/// it), the client it is registered as, which APIs its tokens are for, and how long an idle session lasts.
/// </summary>
public sealed class WebSettings
{
    public const string Section = "Web";

    /// <summary>The gateway's address as this process reaches it, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Gateway { get; set; } = null!;

    /// <summary>The identity service's issuer; by default the gateway's <c>/identity/</c>.</summary>
    public Uri? Authority { get; set; }

    public string ClientId { get; set; } = "csp-web";

    /// <summary>The services the person's token is requested for (each a scope and an audience).</summary>
    public List<string> Apis { get; set; } = ["plans", "reviews", "community-trigger", "prevent", "funding", "consultation"];

    /// <summary>A signed-in person who does nothing for this long is signed out.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>How long before that the page warns them (with JavaScript) and offers to keep them signed in.</summary>
    public TimeSpan SessionWarning { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The telemetry dashboard operators are sent to from the operations page (traces, logs, metrics); none if unset.</summary>
    public Uri? Dashboard { get; set; }

    /// <summary>
    /// The address this process calls the gateway from, when it must differ from others on the same host (one machine:
    /// 127.0.0.2), so the gateway can trust this tier's X-Forwarded-For and nobody else's; unset: the system's choice.
    /// </summary>
    public string? SourceAddress { get; set; }

    /// <summary>Server-Timing on every response: the page's time and its API calls' (for the web benchmark; off by default).</summary>
    public bool ServerTiming { get; set; }

    public Uri AuthorityAddress => Authority ?? new Uri(Gateway, "identity/");

    public static WebSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<WebSettings>() ?? new WebSettings();
        if (settings.Gateway is null || !settings.Gateway.IsAbsoluteUri)
        {
            throw new InvalidOperationException($"{Section}:Gateway must be the gateway's absolute address (e.g. http://127.0.0.1:8080/).");
        }

        if (settings.SessionWarning <= TimeSpan.Zero || settings.SessionWarning >= settings.SessionIdleTimeout)
        {
            throw new InvalidOperationException($"{Section}:SessionWarning must be positive and shorter than {Section}:SessionIdleTimeout.");
        }

        if (settings.SourceAddress is { } source && !System.Net.IPAddress.TryParse(source, out _))
        {
            throw new InvalidOperationException($"{Section}:SourceAddress must be an IP address of this host (e.g. 127.0.0.2).");
        }

        return settings;
    }
}
