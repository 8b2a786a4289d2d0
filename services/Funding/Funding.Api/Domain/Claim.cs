using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Domain;

/// <summary>A grantee's claim in arrears for spend in a period; approved (then paid) or queried (then claimed afresh).</summary>
public sealed class Claim
{
    private Claim()
    {
    }

    public Guid Id { get; private set; }

    public Guid GrantId { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    public decimal Amount { get; private set; }

    public ClaimStatus Status { get; private set; }

    public string? QueryReason { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public uint Version { get; private set; }

    internal static Claim Submitted(Guid grantId, DateOnly from, DateOnly to, decimal amount, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GrantId = grantId,
        PeriodFrom = from,
        PeriodTo = to,
        Amount = amount,
        Status = ClaimStatus.Submitted,
        SubmittedAt = now,
    };

    public void Approve()
    {
        EnsureStatus(ClaimStatus.Submitted, "approved");
        Status = ClaimStatus.Approved;
    }

    internal void Query(string reason)
    {
        EnsureStatus(ClaimStatus.Submitted, "queried");
        Status = ClaimStatus.Queried;
        QueryReason = reason;
    }

    internal void MarkPaid()
    {
        EnsureStatus(ClaimStatus.Approved, "paid");
        Status = ClaimStatus.Paid;
    }

    private void EnsureStatus(ClaimStatus expected, string verb)
    {
        if (Status != expected)
        {
            throw new RuleViolationException(
                "claim-not-" + expected.ToString().ToLowerInvariant(),
                $"Only a {expected.ToString().ToLowerInvariant()} claim can be {verb}; this one is {Status.ToString().ToLowerInvariant()}.");
        }
    }
}

public enum ClaimStatus
{
    Submitted,
    Approved,
    Queried,
    Paid,
}

public sealed record Payment(Guid Id, Guid GrantId, Guid ClaimId, decimal Amount, DateOnly PaidOn, DateTimeOffset RecordedAt);

/// <summary>A quarter's monitoring return: each objective's measured value, spend to date, and commentary (kept in Funding).</summary>
public sealed record MonitoringReturn(
    Guid Id, Guid GrantId, string FinancialYear, int Quarter, IReadOnlyList<ObjectiveProgress> Progress, decimal SpendToDate,
    string? Commentary, DateTimeOffset SubmittedAt);

/// <summary>Objective number (from 1), the value of its measure this quarter, and a short note.</summary>
public sealed record ObjectiveProgress(int Objective, decimal Value, string? Note);

/// <summary>Funding's copy of a Plans priority: applications may target only an adopted one.</summary>
public sealed class LivePriority
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public string SponsorAgency { get; set; } = "";

    public bool Retired { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
