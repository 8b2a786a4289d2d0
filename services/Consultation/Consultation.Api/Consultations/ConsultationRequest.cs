using System.ComponentModel.DataAnnotations;
using Consultation.Api.Domain;

namespace Consultation.Api.Consultations;

/// <summary>
/// A consultation's design. <c>closesOn</c> defaults to eight weeks after <c>opensOn</c>; questions are checked as a
/// set (problems are keyed <c>questions[i].field</c>).
/// </summary>
public sealed record ConsultationRequest(
    string Title,
    string Purpose,
    IReadOnlyList<string> Owners,
    string Audience,
    [property: Required] DateOnly? OpensOn,
    [property: MaxLength(QuestionSet.MaxQuestions)] IReadOnlyList<Question> Questions,
    DateOnly? ClosesOn = null,
    Guid? PreviousWaveId = null,
    Guid? PlanId = null)
{
    public ConsultationDetails ToDetails() => new(Title, Purpose, Owners, Audience, OpensOn!.Value, ClosesOn, Questions, PreviousWaveId, PlanId);
}
