using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;

namespace Plans.Api.Assessments;

public sealed record KeyRiskRequest(
    [property: Required, StringLength(500, MinimumLength = 3)] string Risk,
    [property: Required, StringLength(200, MinimumLength = 2)] string DeliveryLead)
{
    public KeyRisk ToKeyRisk() => new(Risk.Trim(), DeliveryLead.Trim());
}
