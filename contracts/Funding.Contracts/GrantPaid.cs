using MassTransit;
using Platform.Contracts;

namespace Funding.Contracts;

/// <summary>A payment was made against a grant's approved claim (money spent from the fund, in pounds).</summary>
[MessageUrn("csp:funding:grant-paid:v1")]
[EntityName("funding.grant-paid.v1")]
public sealed record GrantPaid : IntegrationEvent
{
    public required Guid GrantId { get; init; }

    public required Guid PaymentId { get; init; }

    public required Guid FundId { get; init; }

    public required Guid PriorityId { get; init; }

    public required decimal Amount { get; init; }

    /// <summary>Everything paid on the grant so far, this payment included.</summary>
    public required decimal TotalPaid { get; init; }

    public required DateOnly PaidOn { get; init; }

    /// <summary>The financial year the payment falls in, e.g. <c>2025/26</c>.</summary>
    public required string FinancialYear { get; init; }
}
