using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Priorities.ProposePriority;

public sealed record ProposePriorityRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Required, StringLength(4000)] string Description,
    [property: Required, StringLength(200)] string StrategicTheme,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string SponsorAgency,
    [property: Required, StringLength(200)] string LeadOfficer,
    Guid? DeliveryGroupId = null,
    [property: StringLength(100), RegularExpression(PriorityCode.Pattern, ErrorMessage = PriorityCode.Message)] string? Code = null);

internal static class AgencySlug
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "Use the agency's slug, e.g. norfolk-constabulary.";
}

internal static class PriorityCode
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "Use a slug of lower-case words joined by hyphens, e.g. serious-violence.";
}
