using Plans.Api.Domain;

namespace Plans.Api.Assessments;

public sealed record AssessmentResponse(
    Guid Id,
    int Year,
    string Summary,
    IReadOnlyList<KeyRisk> KeyRisks,
    DateTimeOffset RecordedAt,
    DateTimeOffset? RevisedAt,
    uint Version)
{
    public static AssessmentResponse From(StrategicAssessment a) =>
        new(a.Id, a.Year, a.Summary, [.. a.KeyRisks], a.RecordedAt, a.RevisedAt, a.Version);
}
