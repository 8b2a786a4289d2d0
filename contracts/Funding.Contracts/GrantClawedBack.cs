using MassTransit;
using Platform.Contracts;

namespace Funding.Contracts;

/// <summary>
/// Money already paid on a grant was recovered (misuse, underspend): both what the fund committed to the priority and
/// what it spent fall by <see cref="Amount"/>. The reason stays in Funding; only amounts travel.
/// </summary>
[MessageUrn("csp:funding:grant-clawed-back:v1")]
[EntityName("funding.grant-clawed-back.v1")]
public sealed record GrantClawedBack : IntegrationEvent
{
    public required Guid GrantId { get; init; }

    public required Guid FundId { get; init; }

    public required Guid PriorityId { get; init; }

    /// <summary>The sum recovered, in pounds.</summary>
    public required decimal Amount { get; init; }

    /// <summary>The award after the clawback.</summary>
    public required decimal AwardAfter { get; init; }

    /// <summary>Everything paid on the grant net of recoveries.</summary>
    public required decimal TotalPaid { get; init; }

    public required DateOnly RecoveredOn { get; init; }

    /// <summary>The financial year the recovery falls in, e.g. <c>2026/27</c>.</summary>
    public required string FinancialYear { get; init; }
}
