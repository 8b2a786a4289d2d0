using System.Security.Claims;
using Identity.Api.Users;

namespace Identity.Api.Federation;

/// <summary>Turns an external provider's view of a person into a platform user, using the provider's mapping data.</summary>
public static class ClaimsMapping
{
    /// <summary>The platform user, or why the person may not sign in (shown to them; names no personal data).</summary>
    public static (PlatformUser? User, string? Refusal) Map(ExternalProviderOptions provider, ClaimsPrincipal external)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(external);
        var subject = external.FindFirst("sub")?.Value ?? external.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            return (null, $"{provider.DisplayName} did not say who you are.");
        }

        var groups = external.FindAll(provider.GroupsClaim).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var matched = provider.Groups.Where(mapping => groups.Contains(mapping.Group)).ToList();
        var roles = matched.SelectMany(mapping => mapping.Roles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            return (null, "Your account has no role on this platform. Ask your organisation's administrator to add you to a group for it.");
        }

        var districts = matched.Select(mapping => mapping.District).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (districts.Count > 1)
        {
            return (null, "Your account's groups give it more than one district. Ask your organisation's administrator to correct them.");
        }

        var name = external.FindFirst(provider.NameClaim)?.Value ?? subject;
        return (new PlatformUser($"{provider.Name}:{subject}", name, provider.Agency, roles, districts.SingleOrDefault()), null);
    }
}
