using Platform.ServiceDefaults.Time;
using Funding.Contracts;
using Platform.ServiceDefaults.Domain;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Domain;

/// <summary>
/// An award: money of one budget line committed to an organisation's project. The grantee accepts the offer, claims in
/// arrears (never more than the award, never after the project period plus the grace window), is paid against approved
/// claims, and reports quarterly against each objective's measure; the award may be varied or clawed back with a
/// reason, and closes with the project's impact and added value (as seed 004 reported them).
/// Announces GrantAwarded when made, GrantPaid on each payment, GrantVaried and GrantClawedBack on each change of the
/// award, MonitoringReturnSubmitted on each return (numbers only).
/// </summary>
public sealed class Grant : AggregateRoot
{
    private Grant()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Null for a historic award loaded from the records (seed 004).</summary>
    public Guid? ApplicationId { get; private set; }

    public Guid FundId { get; private set; }

    public Guid? RoundId { get; private set; }

    public Guid PriorityId { get; private set; }

    /// <summary>The budget line the award commits: a financial year or <c>whole-life</c>.</summary>
    public string BudgetPeriod { get; private set; } = "";

    public decimal Amount { get; private set; }

    public decimal AmountRequested { get; private set; }

    public string? Conditions { get; private set; }

    public string ProjectTitle { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string RecipientOrganisation { get; private set; } = "";

    public string RecipientAgency { get; private set; } = "";

    public string? CharityNumber { get; private set; }

    public string? CompanyNumber { get; private set; }

    public List<string> Districts { get; private set; } = [];

    public List<Objective> Objectives { get; private set; } = [];

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public DateOnly AwardedOn { get; private set; }

    public GrantStatus Status { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>Claims submitted or approved and not queried, paid ones included.</summary>
    public decimal Claimed { get; private set; }

    public decimal Paid { get; private set; }

    public List<Variation> Variations { get; private set; } = [];

    public ProjectOutcome? Outcome { get; private set; }

    /// <summary>When the grant closed with its outcome recorded (retention counts from it); null while open and for historic awards.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public uint Version { get; private set; }

    public bool PartAward => Amount < AmountRequested;

    /// <summary>The financial year the award is for (its project's first year): GrantAwarded and GrantVaried name it.</summary>
    public FinancialYear AwardYear => FinancialYear.Containing(PeriodStart);

    /// <summary>Public (360Giving, scrutiny) once the grantee has accepted it; historic awards always.</summary>
    public bool IsPublished => Status is GrantStatus.Accepted or GrantStatus.Closed;

    public static Grant Award(GrantApplication application, string budgetPeriod, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        var decision = application.Decision ?? throw new InvalidOperationException("Only a decided application becomes a grant.");
        var details = application.Details;
        var grant = new Grant
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = application.Id,
            FundId = application.FundId,
            RoundId = application.RoundId,
            PriorityId = details.PriorityId,
            BudgetPeriod = budgetPeriod,
            Amount = decision.Amount,
            AmountRequested = details.AmountRequested,
            Conditions = decision.Conditions,
            ProjectTitle = details.ProjectTitle,
            Summary = details.Summary,
            RecipientOrganisation = details.OrganisationName,
            RecipientAgency = application.ApplicantAgency,
            CharityNumber = details.CharityNumber,
            CompanyNumber = details.CompanyNumber,
            Districts = [.. details.Districts],
            Objectives = [.. details.Objectives],
            PeriodStart = details.PeriodStart,
            PeriodEnd = details.PeriodEnd,
            AwardedOn = UkDate.Of(now),
            Status = GrantStatus.Offered,
        };
        grant.Announce(new GrantAwarded
        {
            OccurredAt = now,
            GrantId = grant.Id,
            FundId = grant.FundId,
            PriorityId = grant.PriorityId,
            Amount = grant.Amount,
            FinancialYear = grant.AwardYear.ToString(),
            Districts = grant.Districts,
            PartAward = grant.PartAward,
        });
        return grant;
    }

    /// <summary>An award made before this system, as the records report it: closed, paid in full, with its outcome.</summary>
    public static Grant Historic(
        Guid id, Guid fundId, Guid priorityId, string budgetPeriod, decimal amount, string projectTitle, string objectives,
        string recipientOrganisation, string recipientAgency, IReadOnlyList<string> districts, DateOnly periodStart, DateOnly periodEnd,
        ProjectOutcome outcome) => new()
    {
        Id = id,
        FundId = fundId,
        PriorityId = priorityId,
        BudgetPeriod = budgetPeriod,
        Amount = amount,
        AmountRequested = amount,
        ProjectTitle = projectTitle,
        Summary = objectives,
        RecipientOrganisation = recipientOrganisation,
        RecipientAgency = recipientAgency,
        Districts = [.. districts],
        Objectives = [new Objective(objectives, "as reported", null)],
        PeriodStart = periodStart,
        PeriodEnd = periodEnd,
        AwardedOn = periodStart,
        Status = GrantStatus.Closed,
        Claimed = amount,
        Paid = amount,
        Outcome = outcome,
    };

    public void Accept(DateTimeOffset now)
    {
        if (Status != GrantStatus.Offered)
        {
            throw new RuleViolationException("grant-not-offered", $"Only an offered grant can be accepted; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        Status = GrantStatus.Accepted;
        AcceptedAt = now;
    }

    /// <summary>A claim in arrears for spend already incurred in <paramref name="from"/>..<paramref name="to"/>.</summary>
    public Claim SubmitClaim(DateOnly from, DateOnly to, decimal amount, DateOnly today, int graceDays, DateTimeOffset now)
    {
        EnsureAccepted();
        if (amount <= 0 || !Money.IsWholePence(amount))
        {
            throw Refused("claim-amount-invalid", "amount: a claim is a positive sum in pounds and pence.");
        }

        if (to < from || from < PeriodStart || to > PeriodEnd)
        {
            throw Refused("claim-outside-project-period", $"from/to: claims cover spend within the project period {PeriodStart:d MMM yyyy} to {PeriodEnd:d MMM yyyy}.");
        }

        if (to >= today)
        {
            throw Refused("claim-not-in-arrears", "to: claims are paid in arrears, for spend up to a day already past.");
        }

        var lastDay = PeriodEnd.AddDays(graceDays);
        if (today > lastDay)
        {
            throw Refused("claim-window-closed", $"Claims had to be made by {lastDay:d MMMM yyyy} ({graceDays} days after the project ended).");
        }

        if (Claimed + amount > Amount)
        {
            throw Refused(
                "claim-above-award",
                $"amount: only {Money.Show(Amount - Claimed)} of the {Money.Show(Amount)} award is left to claim.");
        }

        Claimed += amount;
        return Claim.Submitted(Id, from, to, amount, now);
    }

    public void Query(Claim claim, string reason)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claim.Query(reason);
        Claimed -= claim.Amount;
    }

    public Payment Pay(Claim claim, DateOnly paidOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (paidOn > UkDate.Of(now) || paidOn < UkDate.Of(claim.SubmittedAt))
        {
            // The ledger and GrantPaid count a payment in the financial year of this date (decision 0029).
            throw Refused("payment-date-invalid", $"paidOn: the date the money left, between the claim ({UkDate.Of(claim.SubmittedAt):d MMM yyyy}) and today.");
        }

        claim.MarkPaid();
        Paid += claim.Amount;
        var payment = new Payment(Guid.CreateVersion7(now), Id, claim.Id, claim.Amount, paidOn, now);
        Announce(new GrantPaid
        {
            OccurredAt = now,
            GrantId = Id,
            PaymentId = payment.Id,
            FundId = FundId,
            PriorityId = PriorityId,
            Amount = payment.Amount,
            TotalPaid = Paid,
            PaidOn = paidOn,
            FinancialYear = FinancialYear.Containing(paidOn).ToString(),
        });
        return payment;
    }

    /// <summary>Changes the award; returns the change in commitment (positive commits more of the budget line, negative releases).</summary>
    public decimal Vary(decimal newAmount, string reason, string by, DateTimeOffset now)
    {
        if (Status is not (GrantStatus.Offered or GrantStatus.Accepted))
        {
            throw new RuleViolationException("grant-not-open", $"A {Status.ToString().ToLowerInvariant()} grant cannot be varied.");
        }

        if (newAmount <= 0 || !Money.IsWholePence(newAmount))
        {
            throw Refused("variation-amount-invalid", "amount: the varied award is a positive sum in pounds and pence.");
        }

        if (newAmount < Claimed)
        {
            throw Refused("variation-below-claimed", $"amount: {Money.Show(Claimed)} has already been claimed; the award cannot fall below it.");
        }

        var change = newAmount - Amount;
        Variations = [.. Variations, new Variation(VariationKind.Varied, Amount, newAmount, reason, by, now)];
        Announce(new GrantVaried
        {
            OccurredAt = now,
            GrantId = Id,
            FundId = FundId,
            PriorityId = PriorityId,
            PreviousAmount = Amount,
            Amount = newAmount,
            Change = change,
            FinancialYear = AwardYear.ToString(),
        });
        Amount = newAmount;
        return change;
    }

    /// <summary>Recovers money already paid (misuse, underspend); the award falls by the same amount.</summary>
    public void ClawBack(decimal amount, string reason, string by, DateTimeOffset now)
    {
        if (amount <= 0 || amount > Paid)
        {
            throw Refused("clawback-above-paid", $"amount: only {Money.Show(Paid)} has been paid, so at most that can be clawed back.");
        }

        Variations = [.. Variations, new Variation(VariationKind.ClawedBack, Amount, Amount - amount, reason, by, now)];
        Amount -= amount;
        Paid -= amount;
        Claimed -= amount;
        var recoveredOn = UkDate.Of(now);
        Announce(new GrantClawedBack
        {
            OccurredAt = now,
            GrantId = Id,
            FundId = FundId,
            PriorityId = PriorityId,
            Amount = amount,
            AwardAfter = Amount,
            TotalPaid = Paid,
            RecoveredOn = recoveredOn,
            FinancialYear = FinancialYear.Containing(recoveredOn).ToString(),
        });
    }

    public MonitoringReturn SubmitReturn(
        FinancialYear year, int quarter, IReadOnlyList<ObjectiveProgress> progress, decimal spendToDate, string? commentary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(progress);
        EnsureAccepted();
        if (quarter is < 1 or > 4)
        {
            throw Refused("quarter-out-of-range", "quarter: 1 (April–June) to 4 (January–March).");
        }

        var quarterStart = year.QuarterEnd(quarter).AddMonths(-3).AddDays(1);
        if (year.QuarterEnd(quarter) < PeriodStart || quarterStart > PeriodEnd)
        {
            throw Refused("quarter-outside-project", $"{year} Q{quarter} is outside the project period.");
        }

        if (progress.Count != Objectives.Count || progress.Select(p => p.Objective).Order().SequenceEqual(Enumerable.Range(1, Objectives.Count)) is false)
        {
            throw Refused(
                "return-must-cover-every-objective",
                $"progress: report a value for each of the grant's {Objectives.Count} objective(s), numbered 1 to {Objectives.Count}.");
        }

        if (spendToDate < 0 || spendToDate > Amount)
        {
            throw Refused("spend-to-date-out-of-range", $"spendToDate: between £0 and the award, {Money.Show(Amount)}.");
        }

        var submitted = new MonitoringReturn(Guid.CreateVersion7(now), Id, year.ToString(), quarter, [.. progress], spendToDate, commentary, now);
        Announce(new MonitoringReturnSubmitted
        {
            OccurredAt = now,
            ReturnId = submitted.Id,
            GrantId = Id,
            PriorityId = PriorityId,
            FinancialYear = submitted.FinancialYear,
            Quarter = quarter,
            SpendToDate = spendToDate,
            Measures = [.. progress.Select(p => new MeasuredObjective { Objective = p.Objective, Measure = Objectives[p.Objective - 1].Measure, Value = p.Value })],
        });
        return submitted;
    }

    /// <summary>The quarters whose return is due by <paramref name="today"/> (quarter end plus <paramref name="graceDays"/> passed).</summary>
    public IEnumerable<(FinancialYear Year, int Quarter, DateOnly DueOn)> ReturnsDue(DateOnly today, int graceDays)
    {
        if (Status != GrantStatus.Accepted)
        {
            yield break;
        }

        for (var year = FinancialYear.Containing(PeriodStart); year.FirstDay <= PeriodEnd; year = year.Next)
        {
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var end = year.QuarterEnd(quarter);
                var due = end.AddDays(graceDays);
                if (end >= PeriodStart && end.AddMonths(-3) < PeriodEnd && due < today)
                {
                    yield return (year, quarter, due);
                }
            }
        }
    }

    public void Close(string impact, string addedValue, DateTimeOffset now)
    {
        EnsureAccepted();
        Outcome = new ProjectOutcome(impact, addedValue, now);
        Status = GrantStatus.Closed;
        ClosedAt = now;
    }

    private void EnsureAccepted()
    {
        if (Status != GrantStatus.Accepted)
        {
            throw new RuleViolationException(
                "grant-not-accepted", $"This needs a grant the grantee has accepted and that is still open; this one is {Status.ToString().ToLowerInvariant()}.");
        }
    }

    private static RuleViolationException Refused(string rule, string message) => new(rule, message, RuleViolationKind.BusinessRule);
}

public enum GrantStatus
{
    Offered,
    Accepted,
    Closed,
}

public enum VariationKind
{
    Varied,
    ClawedBack,
}

public sealed record Variation(VariationKind Kind, decimal Before, decimal After, string Reason, string By, DateTimeOffset At);

/// <summary>At close, as seed 004 reported each funded project.</summary>
public sealed record ProjectOutcome(string Impact, string AddedValue, DateTimeOffset RecordedAt);
