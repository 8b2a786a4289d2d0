using Plans.Api.Domain;

namespace Plans.Api.PartnershipPlans;

public sealed record PlanResponse(
    Guid Id,
    Guid SeriesId,
    int VersionNumber,
    Guid? PreviousVersionId,
    string Title,
    int StartYear,
    int EndYear,
    PlanStatus Status,
    IReadOnlyList<Guid> PriorityIds,
    IReadOnlyList<string> Enablers,
    DateTimeOffset DraftedAt,
    DateTimeOffset? ConsultationStartedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? SupersededAt,
    uint Version)
{
    public static PlanResponse From(Plan p) => new(
        p.Id, p.SeriesId, p.VersionNumber, p.PreviousVersionId, p.Title, p.StartYear, p.EndYear, p.Status,
        [.. p.PriorityIds], [.. p.Enablers], p.DraftedAt, p.ConsultationStartedAt, p.PublishedAt, p.SupersededAt, p.Version);
}
