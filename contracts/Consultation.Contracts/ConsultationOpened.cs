using MassTransit;
using Platform.Contracts;

namespace Consultation.Contracts;

/// <summary>A consultation or survey opened for responses; its questions are frozen from here on.</summary>
[MessageUrn("csp:consultation:consultation-opened:v1")]
[EntityName("consultation.consultation-opened.v1")]
public sealed record ConsultationOpened : IntegrationEvent
{
    public required Guid ConsultationId { get; init; }
    public required string Title { get; init; }

    /// <summary>Owning agencies' slugs (a joint PCC and CSP consultation has two).</summary>
    public required IReadOnlyList<string> Owners { get; init; }
    public required DateOnly OpensOn { get; init; }
    public required DateOnly ClosesOn { get; init; }

    /// <summary>The draft plan consulted on, when it is a consultation on a plan.</summary>
    public Guid? PlanId { get; init; }

    /// <summary>The previous wave of the same survey, when there is one.</summary>
    public Guid? PreviousWaveId { get; init; }
}
