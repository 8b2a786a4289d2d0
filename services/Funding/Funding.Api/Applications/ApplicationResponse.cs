using Funding.Api.Domain;

namespace Funding.Api.Applications;

/// <summary>
/// An application as its reader may see it: the contact only for grants officers and the applicant's organisation;
/// other assessors' scores only for grants officers.
/// </summary>
public sealed record ApplicationResponse(
    Guid Id, Guid RoundId, Guid FundId, string ApplicantAgency, ApplicationDetails Details, Contact? Contact,
    ApplicationStatus Status, DateTimeOffset SubmittedAt, bool PriorityRetired, IReadOnlyList<AssessmentResponse> Assessments,
    decimal? AverageScore, Moderation? Moderation, Decision? Decision, Guid? GrantId, uint Version)
{
    public static ApplicationResponse From(
        GrantApplication application, IReadOnlyList<Assessment> assessments, bool priorityRetired, Guid? grantId, bool showContact, bool showAllAssessments,
        string viewer)
    {
        var complete = assessments.Where(a => a.IsComplete).ToList();
        var visible = showAllAssessments ? assessments : assessments.Where(a => a.AssessorId == viewer).ToList();
        return new(
            application.Id, application.RoundId, application.FundId, application.ApplicantAgency, application.Details,
            showContact ? application.Contact : null, application.Status, application.SubmittedAt, priorityRetired,
            [.. visible.Select(AssessmentResponse.From)],
            showAllAssessments && complete.Count > 0 ? decimal.Round(complete.Average(a => a.WeightedScore!.Value), 1) : null,
            showAllAssessments ? application.Moderation : null, application.Decision, grantId, application.Version);
    }

    /// <summary>What the audit log keeps of an application change: status, scores and decision, not the contact.</summary>
    public static object AuditView(GrantApplication application) =>
        new { application.Status, application.Moderation, application.Decision, application.Details.AmountRequested };
}

public sealed record AssessmentResponse(
    Guid Id, string AssessorId, string AssessorAgency, IReadOnlyDictionary<string, int> Scores, decimal? WeightedScore, string? Comment,
    DateTimeOffset? ScoredAt, string? ConflictOfInterest)
{
    public static AssessmentResponse From(Assessment assessment) => new(
        assessment.Id, assessment.AssessorId, assessment.AssessorAgency, assessment.Scores, assessment.WeightedScore, assessment.Comment,
        assessment.ScoredAt, assessment.ConflictOfInterest);
}
