using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Priorities.ProposePriority;

/// <param name="AssessmentYear">The strategic assessment the priority is drawn from.</param>
/// <param name="Answers">The assessment's findings it answers: evidence keys from the assessment (e.g. <c>crime-type/Burglary/norwich</c>, <c>key-risk/2</c>).</param>
public sealed record ProposePriorityRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Required, StringLength(4000)] string Description,
    [property: Required, StringLength(200)] string StrategicTheme,
    [property: Required, StringLength(100), RegularExpression(AgencySlug.Pattern, ErrorMessage = AgencySlug.Message)] string SponsorAgency,
    [property: Required, StringLength(200)] string LeadOfficer,
    Guid? DeliveryGroupId = null,
    [property: StringLength(100), RegularExpression(PriorityCode.Pattern, ErrorMessage = PriorityCode.Message)] string? Code = null,
    [property: Range(2000, 2100)] int? AssessmentYear = null,
    [property: MaxLength(50)] IReadOnlyList<string>? Answers = null);

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
