using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Connect;

/// <summary>Which of the requested scopes a client gets, and so which services its token is meant for.</summary>
public static class GrantedScopes
{
    private static readonly string[] PersonScopes = [Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess];

    /// <summary>
    /// The requested scopes the client may have; when it names no service, every service it may call (a client
    /// that wants a narrower token asks for one). OpenIddict has already refused scopes the client is not permitted.
    /// </summary>
    public static (List<string> Scopes, List<string> Audiences) From(IEnumerable<string> requested, IReadOnlyCollection<string> permittedApis)
    {
        var asked = requested.ToList();
        var apis = asked.Where(permittedApis.Contains).ToList();
        if (apis.Count == 0)
        {
            apis = [.. permittedApis];
        }

        return ([.. asked.Where(PersonScopes.Contains), .. apis], apis);
    }
}
