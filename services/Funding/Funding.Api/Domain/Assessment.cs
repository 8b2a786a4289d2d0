using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Domain;

/// <summary>
/// One assessor's scoring of one application against the round's criteria. Assessors score only what they are
/// assigned; someone from the applicant's own organisation cannot be assigned, and an assessor who declares a conflict
/// of interest cannot score.
/// </summary>
public sealed class Assessment
{
    private Assessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The assessor's token subject.</summary>
    public string AssessorId { get; private set; } = "";

    public string AssessorAgency { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }

    public Dictionary<string, int> Scores { get; private set; } = [];

    public decimal? WeightedScore { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset? ScoredAt { get; private set; }

    public string? ConflictOfInterest { get; private set; }

    public uint Version { get; private set; }

    public bool IsComplete => ScoredAt is not null && ConflictOfInterest is null;

    public static Assessment Assign(GrantApplication application, string assessorId, string assessorAgency, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Status != ApplicationStatus.Submitted)
        {
            throw new RuleViolationException("application-already-decided", "A decided application is not assessed any more.");
        }

        if (string.Equals(assessorAgency, application.ApplicantAgency, StringComparison.Ordinal) || assessorId == application.EnteredBy)
        {
            throw new RuleViolationException(
                "conflict-of-interest",
                $"assessorAgency: an assessor from the applicant's own organisation ({application.ApplicantAgency}) cannot score its application.",
                RuleViolationKind.BusinessRule);
        }

        return new Assessment
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = application.Id,
            AssessorId = assessorId,
            AssessorAgency = assessorAgency,
            AssignedAt = now,
        };
    }

    public void DeclareConflict(string reason)
    {
        if (ScoredAt is not null)
        {
            throw new RuleViolationException("assessment-already-scored", "A conflict must be declared before scoring; ask the grants officer to set this score aside.");
        }

        ConflictOfInterest = reason;
    }

    public void Score(Round round, IReadOnlyDictionary<string, int> scores, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(scores);
        if (ConflictOfInterest is not null)
        {
            throw new RuleViolationException("conflict-declared", "You declared a conflict of interest in this application, so you cannot score it.");
        }

        var unknown = scores.Keys.Where(key => round.Criteria.All(c => c.Key != key)).ToList();
        var missing = round.Criteria.Where(c => !scores.ContainsKey(c.Key)).Select(c => c.Key).ToList();
        if (unknown.Count > 0 || missing.Count > 0)
        {
            throw new RuleViolationException(
                "scores-do-not-match-criteria",
                $"scores: score every criterion of the round ({string.Join(", ", round.Criteria.Select(c => c.Key))})" +
                (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : "") +
                (unknown.Count > 0 ? $"; not criteria of this round {string.Join(", ", unknown)}" : "") + ".",
                RuleViolationKind.BusinessRule);
        }

        if (scores.FirstOrDefault(s => s.Value is < 0 or > Round.MaxScore) is { Key: not null } outOfRange)
        {
            throw new RuleViolationException(
                "score-out-of-range", $"scores.{outOfRange.Key}: scores run from 0 to {Round.MaxScore}.", RuleViolationKind.BusinessRule);
        }

        Scores = new Dictionary<string, int>(scores);
        WeightedScore = round.WeightedPercentage(scores);
        Comment = comment;
        ScoredAt = now;
    }
}
