using Plans.Api.Domain;

namespace Plans.Api.Priorities;

/// <param name="AssessmentYear">The strategic assessment it was drawn from; null when proposed without one.</param>
/// <param name="Answers">The assessment's findings it answers (evidence keys).</param>
public sealed record PriorityResponse(
    Guid Id,
    string Title,
    string Description,
    string StrategicTheme,
    string SponsorAgency,
    string LeadOfficer,
    string? Code,
    Guid? DeliveryGroupId,
    PriorityStatus Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? AdoptedAt,
    DateTimeOffset? RetiredAt,
    int? AssessmentYear,
    IReadOnlyList<string> Answers,
    uint Version)
{
    public static PriorityResponse From(Priority p) => new(
        p.Id, p.Title, p.Description, p.StrategicTheme, p.SponsorAgency, p.LeadOfficer, p.Code, p.DeliveryGroupId, p.Status,
        p.ProposedAt, p.AdoptedAt, p.RetiredAt, p.AssessmentYear, [.. p.Answers], p.Version);
}
