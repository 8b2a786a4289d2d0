namespace Identity.Api;

public static class IdentityPaths
{
    /// <summary>Where the service lives, directly and behind the gateway (which keeps paths, decision 0007).</summary>
    public const string PathBase = "/identity";
}
