namespace CommunityTrigger.Api.Cases;

internal static class AgencySlug
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "Use the agency's slug, e.g. norfolk-constabulary.";
}
