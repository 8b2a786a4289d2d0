using MassTransit;
using Platform.Contracts;

namespace Plans.Contracts;

/// <summary>
/// A version of the partnership plan was published (and the series' previous published version, if any, superseded):
/// from now on it is the plan for its period, covering these priorities and enablers.
/// </summary>
[MessageUrn("csp:plans:plan-published:v1")]
[EntityName("plans.plan-published.v1")]
public sealed record PlanPublished : IntegrationEvent
{
    public required Guid PlanId { get; init; }

    /// <summary>Shared by every version of the same plan.</summary>
    public required Guid SeriesId { get; init; }

    public required int VersionNumber { get; init; }

    /// <summary>The period's first year, e.g. 2025 for the 2025–28 plan.</summary>
    public required int StartYear { get; init; }

    public required int EndYear { get; init; }

    public required IReadOnlyList<Guid> PriorityIds { get; init; }

    /// <summary>Enabler slugs, e.g. <c>public-awareness</c>.</summary>
    public required IReadOnlyList<string> Enablers { get; init; }

    /// <summary>The version this one superseded; null for a first publication.</summary>
    public Guid? SupersededPlanId { get; init; }
}
