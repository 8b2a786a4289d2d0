using MassTransit;
using Platform.Contracts;

namespace Prevent.Contracts;

/// <summary>A Channel panel adopted a case. Plans counts adoptions per district for the Channel measures.</summary>
[MessageUrn("csp:prevent:channel-case-adopted:v1")]
[EntityName("prevent.channel-case-adopted.v1")]
[DisclosureControlled]
public sealed record ChannelCaseAdopted : IntegrationEvent
{
    public required Guid ReferralId { get; init; }

    public required string District { get; init; }

    public required string AgeBand { get; init; }

    public required DateOnly PanelHeldOn { get; init; }
}
