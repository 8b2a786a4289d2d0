using MassTransit;
using Platform.Contracts;

namespace Consultation.Contracts;

/// <summary>A consultation stopped taking online responses. Counts only.</summary>
[MessageUrn("csp:consultation:consultation-closed:v1")]
[EntityName("consultation.consultation-closed.v1")]
public sealed record ConsultationClosed : IntegrationEvent
{
    public required Guid ConsultationId { get; init; }
    public required DateOnly ClosedOn { get; init; }
    public Guid? PlanId { get; init; }

    /// <summary>People who responded (a workshop's tallies count its participants).</summary>
    public required int Respondents { get; init; }

    /// <summary>Respondents by channel slug (online, paper, phone, email, event, workshop).</summary>
    public required IReadOnlyDictionary<string, int> RespondentsByChannel { get; init; }
}
