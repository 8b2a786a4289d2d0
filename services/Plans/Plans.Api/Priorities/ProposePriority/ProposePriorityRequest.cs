using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Priorities.ProposePriority;

public sealed record ProposePriorityRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Required, StringLength(4000)] string Description,
    [property: Required, StringLength(200)] string StrategicTheme,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string SponsorAgency,
    [property: Required, StringLength(200)] string LeadOfficer,
    [property: StringLength(200)] string? DeliveryGroup = null);

internal static class AgencySlug
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "Use the agency's slug, e.g. norfolk-constabulary.";
}
