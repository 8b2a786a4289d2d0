namespace Funding.Api;

/// <summary>Local grant-management policy from configuration section <c>Funding</c> (<see cref="GrantPolicy"/>).</summary>
internal static class PolicySetup
{
    public const string Section = "Funding";

    public static WebApplicationBuilder AddFundingPolicies(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(Section).Get<GrantPolicy>() ?? new GrantPolicy());
        return builder;
    }
}

/// <summary>
/// How long after a project ends claims are still accepted, how long after a quarter ends its monitoring return is
/// due, and the 360Giving identifier prefix registered for the publisher (a placeholder until the OPCC registers one).
/// </summary>
public sealed record GrantPolicy
{
    public int ClaimGraceDays { get; init; } = 60;

    public int ReturnGraceDays { get; init; } = 30;

    public string IdentifierPrefix { get; init; } = "360G-norfolkcsp-placeholder";

    public string PublisherName { get; init; } = "Norfolk Office of the Police and Crime Commissioner";

    public string PublisherIdentifier { get; init; } = "GB-GOR-PC000000";
}
