using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Assessments.ReviseAssessment;

public sealed record ReviseAssessmentRequest(
    [property: Required, StringLength(8000, MinimumLength = 10)] string Summary,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one key risk."), MaxLength(50)] IReadOnlyList<KeyRiskRequest> KeyRisks);
