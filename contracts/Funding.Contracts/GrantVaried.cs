using MassTransit;
using Platform.Contracts;

namespace Funding.Contracts;

/// <summary>
/// A grant's award was changed after it was made (more or less money): the fund's commitment to the priority moves by
/// <see cref="Change"/>. The officer's reason stays in Funding (free text); only amounts travel.
/// </summary>
[MessageUrn("csp:funding:grant-varied:v1")]
[EntityName("funding.grant-varied.v1")]
public sealed record GrantVaried : IntegrationEvent
{
    public required Guid GrantId { get; init; }

    public required Guid FundId { get; init; }

    public required Guid PriorityId { get; init; }

    public required decimal PreviousAmount { get; init; }

    public required decimal Amount { get; init; }

    /// <summary><see cref="Amount"/> minus <see cref="PreviousAmount"/>: positive commits more, negative releases.</summary>
    public required decimal Change { get; init; }

    /// <summary>The financial year of the award, as in <see cref="GrantAwarded.FinancialYear"/>.</summary>
    public required string FinancialYear { get; init; }
}
