using Platform.Contracts;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Domain;

/// <summary>
/// A call for applications to a fund: when it is open, who may apply (applicant types, districts served), how much
/// may be asked for, which priorities it funds, the questions asked and the weighted criteria assessors score.
/// </summary>
public sealed class Round
{
    public const int MaxScore = 5;

    private Round()
    {
    }

    public Guid Id { get; private set; }

    public Guid FundId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public List<ApplicantType> ApplicantTypes { get; private set; } = [];

    /// <summary>District slugs an application must serve at least one of; <c>county</c> work serves them all.</summary>
    public List<string> Districts { get; private set; } = [];

    public decimal MinimumAward { get; private set; }

    public decimal MaximumAward { get; private set; }

    /// <summary>The priorities it funds; empty means any adopted priority.</summary>
    public List<Guid> PriorityIds { get; private set; } = [];

    public List<string> Questions { get; private set; } = [];

    public List<Criterion> Criteria { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Round Open(
        Guid fundId, string title, DateOnly opensOn, DateOnly closesOn, IReadOnlyList<ApplicantType> applicantTypes,
        IReadOnlyList<string> districts, decimal minimumAward, decimal maximumAward, IReadOnlyList<Guid> priorityIds,
        IReadOnlyList<string> questions, IReadOnlyList<Criterion> criteria, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(applicantTypes);
        ArgumentNullException.ThrowIfNull(districts);
        ArgumentNullException.ThrowIfNull(criteria);
        if (closesOn < opensOn)
        {
            throw Refused("round-closes-before-opening", "closesOn must not be before opensOn.");
        }

        if (minimumAward <= 0 || maximumAward < minimumAward)
        {
            throw Refused("award-range-invalid", "minimumAward must be positive and no more than maximumAward.");
        }

        if (applicantTypes.Count == 0)
        {
            throw Refused("applicant-types-required", "Name at least one applicant type the round is open to.");
        }

        var unknownDistrict = districts.FirstOrDefault(d => !Platform.Contracts.Districts.IsArea(d));
        if (districts.Count == 0 || unknownDistrict is not null)
        {
            throw Refused("districts-invalid", $"districts: use district slugs such as norwich, or county; got '{unknownDistrict}'.");
        }

        if (criteria.Count == 0 || criteria.Any(c => c.Weight <= 0) || criteria.Select(c => c.Key).Distinct().Count() != criteria.Count)
        {
            throw Refused("criteria-invalid", "A round has at least one scoring criterion, each with a unique key and a positive weight.");
        }

        return new Round
        {
            Id = Guid.CreateVersion7(now),
            FundId = fundId,
            Title = title,
            OpensOn = opensOn,
            ClosesOn = closesOn,
            ApplicantTypes = [.. applicantTypes.Distinct()],
            Districts = [.. districts.Distinct()],
            MinimumAward = minimumAward,
            MaximumAward = maximumAward,
            PriorityIds = [.. priorityIds.Distinct()],
            Questions = [.. questions],
            Criteria = [.. criteria],
            CreatedAt = now,
        };
    }

    public bool IsOpenOn(DateOnly day) => day >= OpensOn && day <= ClosesOn;

    /// <summary>Refuses an application this round cannot take, naming the field and the rule.</summary>
    public void CheckEligible(ApplicationDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!IsOpenOn(today))
        {
            throw new RuleViolationException(
                "round-not-open", $"The round '{Title}' takes applications from {OpensOn:d MMMM yyyy} to {ClosesOn:d MMMM yyyy}.");
        }

        if (!ApplicantTypes.Contains(details.ApplicantType))
        {
            throw Refused("applicant-type-not-eligible", $"applicantType: this round is open to {string.Join(", ", ApplicantTypes.Select(EnumText))}.");
        }

        if (details.ApplicantType == ApplicantType.VoluntaryCommunityOrganisation
            && string.IsNullOrWhiteSpace(details.CharityNumber) && string.IsNullOrWhiteSpace(details.CompanyNumber))
        {
            throw Refused("registration-number-required", "charityNumber or companyNumber: a voluntary or community organisation gives its registered number.");
        }

        var servesEligibleArea = details.Districts.Contains(Platform.Contracts.Districts.County)
            || Districts.Contains(Platform.Contracts.Districts.County)
            || details.Districts.Any(Districts.Contains);
        if (!servesEligibleArea)
        {
            throw Refused("districts-not-eligible", $"districts: this round funds work in {string.Join(", ", Districts)}.");
        }

        if (details.AmountRequested < MinimumAward || details.AmountRequested > MaximumAward)
        {
            throw Refused(
                "amount-outside-round-limits",
                $"amountRequested: this round awards between {Money.Show(MinimumAward)} and {Money.Show(MaximumAward)}.");
        }

        if (PriorityIds.Count > 0 && !PriorityIds.Contains(details.PriorityId))
        {
            throw Refused("priority-not-funded-by-round", "priorityId: this round does not fund that priority.");
        }
    }

    /// <summary>An award must lie within the round's limits; a part-award may go below the minimum only if it says why (conditions).</summary>
    public void CheckAwardAmount(decimal amount)
    {
        if (amount > MaximumAward)
        {
            throw Refused("award-above-round-maximum", $"amount: this round awards at most {Money.Show(MaximumAward)}.");
        }
    }

    /// <summary>The weighted score as a percentage of the best possible, from one assessor's scores per criterion.</summary>
    public decimal WeightedPercentage(IReadOnlyDictionary<string, int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var best = Criteria.Sum(c => c.Weight * MaxScore);
        var got = Criteria.Sum(c => c.Weight * scores.GetValueOrDefault(c.Key));
        return decimal.Round(got * 100m / best, 1);
    }

    private static string EnumText(ApplicantType type) => type switch
    {
        ApplicantType.DistrictCouncil => "district-council",
        ApplicantType.ResponsibleAuthority => "responsible-authority",
        _ => "voluntary-community-organisation",
    };

    private static RuleViolationException Refused(string rule, string message) => new(rule, message, RuleViolationKind.BusinessRule);
}

public enum ApplicantType
{
    DistrictCouncil,
    ResponsibleAuthority,
    VoluntaryCommunityOrganisation,
}

/// <summary>A scoring criterion, e.g. <c>need</c> "Evidence of need", weight 3.</summary>
public sealed record Criterion(string Key, string Title, int Weight);
