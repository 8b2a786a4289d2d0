using MassTransit;
using Platform.Contracts;

namespace Plans.Contracts;

/// <summary>A priority is no longer live: new work (e.g. grant applications) may not target it.</summary>
[MessageUrn("csp:plans:priority-retired:v1")]
[EntityName("plans.priority-retired.v1")]
public sealed record PriorityRetired : IntegrationEvent
{
    public required Guid PriorityId { get; init; }
}
