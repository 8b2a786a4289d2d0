using System.ComponentModel.DataAnnotations;
using Platform.ServiceDefaults.Text;

namespace Plans.Api.PartnershipPlans;

/// <summary>What a draft plan covers; shared by drafting and editing.</summary>
internal static class PlanContentsLimits
{
    public const int MaxPriorities = 50;
    public const int MaxEnablers = 10;
}

public sealed record EditPlanRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Title,
    [property: Required, MaxLength(PlanContentsLimits.MaxPriorities)] IReadOnlyList<Guid> PriorityIds,
    [property: Required, MaxLength(PlanContentsLimits.MaxEnablers), ItemsMaxLength(500)] IReadOnlyList<string> Enablers);
