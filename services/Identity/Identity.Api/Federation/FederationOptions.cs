using Platform.Contracts;

namespace Identity.Api.Federation;

/// <summary>External OpenID Connect providers people may sign in with (e.g. a council's Entra ID), section <c>Identity:Federation</c>.</summary>
public sealed class FederationOptions
{
    public List<ExternalProviderOptions> Providers { get; set; } = [];

    internal void Validate(string path)
    {
        foreach (var (provider, index) in Providers.Select((provider, index) => (provider, index)))
        {
            provider.Validate($"{path}:Providers:{index}");
        }

        if (Providers.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            throw new InvalidOperationException($"{path}: provider '{duplicate.Key}' is configured twice.");
        }
    }
}

/// <summary>
/// One external provider and how its people become platform users: the provider speaks for <see cref="Agency"/>;
/// each of its groups a person belongs to may add roles (and a district). A person in no mapped group cannot sign in.
/// </summary>
public sealed class ExternalProviderOptions
{
    /// <summary>Slug used in addresses and subjects, e.g. <c>norwich-entra</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>What the sign-in page's button says, e.g. <c>Norwich City Council staff</c>.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The provider's issuer; its discovery document is read from there.</summary>
    public Uri? Authority { get; set; }

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    public string? ClientSecretFile { get; set; }

    public List<string> Scopes { get; set; } = ["openid", "profile"];

    /// <summary>The agency everyone signing in through this provider works for.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The claim listing a person's groups (Entra ID: <c>groups</c>, values are group object ids).</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>The claim with the person's display name.</summary>
    public string NameClaim { get; set; } = "name";

    public List<GroupMapping> Groups { get; set; } = [];

    public string ReadClientSecret() =>
        ClientSecret is { Length: > 0 } secret ? secret : File.ReadAllText(ClientSecretFile!).Trim();

    internal void Validate(string path)
    {
        if (!Agencies.IsWellFormed(Name))
        {
            throw new InvalidOperationException($"{path}:Name must be a slug, not '{Name}'.");
        }

        if (Authority is not { IsAbsoluteUri: true })
        {
            throw new InvalidOperationException($"{path}:Authority must be the provider's absolute issuer address.");
        }

        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrEmpty(ClientSecret) == string.IsNullOrEmpty(ClientSecretFile))
        {
            throw new InvalidOperationException($"{path}: set ClientId and exactly one of ClientSecret and ClientSecretFile.");
        }

        if (!Agencies.IsWellFormed(Agency))
        {
            throw new InvalidOperationException($"{path}:Agency must be an agency slug, not '{Agency}'.");
        }

        foreach (var (group, index) in Groups.Select((group, index) => (group, index)))
        {
            group.Validate($"{path}:Groups:{index}");
        }
    }
}

/// <summary>Members of <see cref="Group"/> get <see cref="Roles"/> and, if set, <see cref="District"/>.</summary>
public sealed class GroupMapping
{
    public string Group { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public string? District { get; set; }

    internal void Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Group))
        {
            throw new InvalidOperationException($"{path}:Group must be set.");
        }

        if (Roles.FirstOrDefault(role => !Platform.Contracts.Roles.All.Contains(role)) is { } unknown)
        {
            throw new InvalidOperationException($"{path}:Roles: unknown role '{unknown}'.");
        }

        if (Roles.Contains(Platform.Contracts.Roles.PartnerSystem))
        {
            throw new InvalidOperationException($"{path}:Roles: {Platform.Contracts.Roles.PartnerSystem} is for partner systems, not people.");
        }

        if (District is not null && !Districts.IsArea(District))
        {
            throw new InvalidOperationException($"{path}:District '{District}' is not a district.");
        }
    }
}
