namespace Plans.Api.Domain;

/// <summary>
/// The money the Funding service has put behind a priority, as its events report it (GrantAwarded, GrantPaid,
/// GrantVaried, GrantClawedBack, MonitoringReturnSubmitted): committed to grants, paid out, how many grants and how many quarterly returns.
/// </summary>
public sealed class PriorityFunding
{
    private PriorityFunding()
    {
    }

    public Guid PriorityId { get; private set; }

    public decimal Committed { get; private set; }

    public decimal Paid { get; private set; }

    public int Grants { get; private set; }

    public int Returns { get; private set; }

    /// <summary>The latest quarter a funded project reported on, e.g. <c>2025/26 Q2</c>.</summary>
    public string? LatestReturn { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static PriorityFunding For(Guid priorityId) => new() { PriorityId = priorityId };

    public void RecordAward(decimal amount, DateTimeOffset at)
    {
        Committed += amount;
        Grants++;
        UpdatedAt = at;
    }

    public void RecordPayment(decimal amount, DateTimeOffset at)
    {
        Paid += amount;
        UpdatedAt = at;
    }

    /// <summary>An award changed: positive <paramref name="change"/> commits more, negative releases.</summary>
    public void RecordVariation(decimal change, DateTimeOffset at)
    {
        Committed += change;
        UpdatedAt = at;
    }

    /// <summary>Money paid was recovered: it is neither committed nor spent any more.</summary>
    public void RecordClawback(decimal amount, DateTimeOffset at)
    {
        Committed -= amount;
        Paid -= amount;
        UpdatedAt = at;
    }

    public void RecordReturn(string financialYear, int quarter, DateTimeOffset at)
    {
        var reported = $"{financialYear} Q{quarter}";
        Returns++;
        LatestReturn = LatestReturn is null || string.CompareOrdinal(reported, LatestReturn) > 0 ? reported : LatestReturn;
        UpdatedAt = at;
    }
}
