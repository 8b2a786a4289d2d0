using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Assessments.RecordAssessment;

public sealed record RecordAssessmentRequest(
    [property: Range(2000, 2100)] int Year,
    [property: Required, StringLength(8000, MinimumLength = 10)] string Summary,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one key risk."), MaxLength(50)] IReadOnlyList<KeyRiskRequest> KeyRisks);
