using Consultation.Api.Domain;

namespace Consultation.Api.Consultations;

/// <summary>A consultation as staff see it (and the audit log records it).</summary>
public sealed record ConsultationView(
    Guid Id,
    string Title,
    string Purpose,
    IReadOnlyList<string> Owners,
    string Audience,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    ConsultationStatus Status,
    Guid? PreviousWaveId,
    Guid? PlanId,
    Guid? RevisionOf,
    bool QuestionsFrozen,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Choice> CodeFrame,
    bool Synthetic,
    DateTimeOffset CreatedAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? ResultsPublishedAt)
{
    public static ConsultationView From(PublicConsultation c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Id, c.Title, c.Purpose, c.Owners, c.Audience, c.OpensOn, c.ClosesOn, c.Status, c.PreviousWaveId, c.PlanId, c.RevisionOf,
            c.Status != ConsultationStatus.Draft, c.Questions, c.CodeFrame, c.Synthetic, c.CreatedAt, c.OpenedAt, c.ClosedAt, c.ResultsPublishedAt);
    }
}

/// <summary>The audit log's before/after: the state, not the question text.</summary>
public sealed record ConsultationSummary(ConsultationStatus Status, DateOnly OpensOn, DateOnly ClosesOn, int QuestionCount, int ThemeCount)
{
    public static ConsultationSummary From(PublicConsultation c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Status, c.OpensOn, c.ClosesOn, c.Questions.Count, c.CodeFrame.Count);
    }
}
