using MassTransit;
using Platform.Contracts;

namespace Funding.Contracts;

/// <summary>
/// A panel awarded (or part-awarded) a grant: this amount of the fund is now committed to work on this priority in these
/// districts. Sums of money are in pounds; no applicant or contact details travel.
/// </summary>
[MessageUrn("csp:funding:grant-awarded:v1")]
[EntityName("funding.grant-awarded.v1")]
public sealed record GrantAwarded : IntegrationEvent
{
    public required Guid GrantId { get; init; }

    public required Guid FundId { get; init; }

    /// <summary>The adopted priority the funded work serves (Plans' PriorityId).</summary>
    public required Guid PriorityId { get; init; }

    public required decimal Amount { get; init; }

    /// <summary>The financial year whose budget the award commits, e.g. <c>2025/26</c> (April to March).</summary>
    public required string FinancialYear { get; init; }

    /// <summary>District slugs the work covers; <c>county</c> for county-wide work.</summary>
    public required IReadOnlyList<string> Districts { get; init; }

    /// <summary>True when the panel awarded less than was asked for.</summary>
    public required bool PartAward { get; init; }
}
