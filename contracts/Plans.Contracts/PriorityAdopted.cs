using MassTransit;
using Platform.Contracts;

namespace Plans.Contracts;

/// <summary>A priority became part of the partnership's plan; Funding and Consultation keep a copy of live priorities.</summary>
[MessageUrn("csp:plans:priority-adopted:v1")]
[EntityName("plans.priority-adopted.v1")]
public sealed record PriorityAdopted : IntegrationEvent
{
    public required Guid PriorityId { get; init; }
    public required string Title { get; init; }
    public required string StrategicTheme { get; init; }
    public required string SponsorAgency { get; init; }
}
