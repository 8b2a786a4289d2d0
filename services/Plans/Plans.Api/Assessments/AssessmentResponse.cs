using Plans.Api.Domain;

namespace Plans.Api.Assessments;

/// <param name="CrimeEvidence">The data year's counts per crime type and place with the harm weights they were weighed with; its ranking is at <c>/api/plans/assessments/{year}/harm</c>.</param>
public sealed record AssessmentResponse(
    Guid Id,
    int Year,
    string Summary,
    IReadOnlyList<KeyRisk> KeyRisks,
    CrimeEvidence? CrimeEvidence,
    DateTimeOffset RecordedAt,
    DateTimeOffset? RevisedAt,
    uint Version)
{
    public static AssessmentResponse From(StrategicAssessment a) =>
        new(a.Id, a.Year, a.Summary, [.. a.KeyRisks], a.CrimeEvidence, a.RecordedAt, a.RevisedAt, a.Version);
}
