using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.PersonMatching;

/// <summary>
/// Configuration section <c>Prevent:PersonMatch</c>: the HMAC key repeat referrals are matched with (decision 0026).
/// <c>Key</c> is base64 of at least 32 random bytes (<c>openssl rand -base64 32</c>), kept as a secret; <c>KeyId</c> names
/// it (e.g. <c>2026-12</c>) and changes with it. Outside Development the service does not start without one.
/// </summary>
public sealed class PersonMatchOptions
{
    public const string SectionName = "Prevent:PersonMatch";

    public string? KeyId { get; set; }

    public string? Key { get; set; }
}

internal static class PersonMatchSetup
{
    /// <summary>A developer's machine only: a key anyone can read is no key (the service refuses it elsewhere).</summary>
    private const string DevelopmentKey = "ZGV2ZWxvcG1lbnQtb25seSBwZXJzb24tbWF0Y2gga2V5ICEhISEhISEhISEhIQ==";

    public static IHostApplicationBuilder AddPersonMatching(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PersonMatchOptions.SectionName).Get<PersonMatchOptions>() ?? new();
        PersonMatch match;
        if (!string.IsNullOrWhiteSpace(options.Key) && !string.IsNullOrWhiteSpace(options.KeyId))
        {
            match = new PersonMatch(options.KeyId, Convert.FromBase64String(options.Key));
        }
        else if (builder.Environment.IsDevelopment())
        {
            match = new PersonMatch("development", Convert.FromBase64String(DevelopmentKey));
        }
        else
        {
            throw new InvalidOperationException(
                "Set Prevent:PersonMatch:KeyId and Prevent:PersonMatch:Key (base64, at least 32 bytes, a secret): repeat referrals are matched by a keyed hash, and there is no default key outside Development.");
        }

        builder.Services.AddSingleton(match);
        builder.Services.AddHostedService<PersonMatchRehash>();
        return builder;
    }
}
