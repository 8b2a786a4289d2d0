using MassTransit;
using Platform.Contracts;

namespace Funding.Contracts;

/// <summary>
/// A funded project reported a quarter's progress: each objective's measure as a number, and spend to date. The written
/// commentary stays in Funding; only numbers travel.
/// </summary>
[MessageUrn("csp:funding:monitoring-return-submitted:v1")]
[EntityName("funding.monitoring-return-submitted.v1")]
public sealed record MonitoringReturnSubmitted : IntegrationEvent
{
    public required Guid ReturnId { get; init; }

    public required Guid GrantId { get; init; }

    public required Guid PriorityId { get; init; }

    /// <summary>e.g. <c>2025/26</c>.</summary>
    public required string FinancialYear { get; init; }

    /// <summary>The financial year's quarter, 1 (April–June) to 4 (January–March).</summary>
    public required int Quarter { get; init; }

    public required decimal SpendToDate { get; init; }

    public required IReadOnlyList<MeasuredObjective> Measures { get; init; }
}

/// <summary>One SMART objective's measure and the value reported against it this quarter.</summary>
public sealed record MeasuredObjective
{
    /// <summary>The objective's number within the grant, from 1.</summary>
    public required int Objective { get; init; }

    /// <summary>What is counted, as the application named it, e.g. "people supported".</summary>
    public required string Measure { get; init; }

    public required decimal Value { get; init; }
}
