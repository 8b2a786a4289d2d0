using System.ComponentModel.DataAnnotations;
using Platform.ServiceDefaults.Text;

namespace Plans.Api.PartnershipPlans.DraftPlan;

/// <param name="StartYear">The period's first year: 2025 for 2025–2028.</param>
/// <param name="EndYear">The period's last year: 2028 for 2025–2028.</param>
public sealed record DraftPlanRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Range(2000, 2100)] int StartYear,
    [property: Range(2000, 2100)] int EndYear,
    [property: Required, MaxLength(PlanContentsLimits.MaxPriorities)] IReadOnlyList<Guid> PriorityIds,
    [property: Required, MaxLength(PlanContentsLimits.MaxEnablers), ItemsMaxLength(500)] IReadOnlyList<string> Enablers);
