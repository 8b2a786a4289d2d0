using MassTransit;
using Platform.Contracts;

namespace CommunityTrigger.Contracts;

/// <summary>
/// An ASB Case Review application was received, online or entered by a single point of contact. Plans counts these
/// for the "ASB reported" measures; nothing about the applicant or the incidents beyond counts.
/// </summary>
[MessageUrn("csp:community-trigger:application-received:v1")]
[EntityName("community-trigger.application-received.v1")]
public sealed record CommunityTriggerApplicationReceived : IntegrationEvent
{
    public required Guid CaseId { get; init; }

    /// <summary>District slug (<see cref="Districts"/>).</summary>
    public required string District { get; init; }

    /// <summary><c>online</c>, <c>written</c> or <c>phone</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The receipt date in England, which the yearly figures count by.</summary>
    public required DateOnly ReceivedOn { get; init; }

    public required int IncidentCount { get; init; }

    public required int HateIncidentCount { get; init; }
}
