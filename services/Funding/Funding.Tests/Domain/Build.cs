using Funding.Api.Domain;
using Platform.Contracts;

namespace Funding.Tests.Domain;

/// <summary>Domain objects in a valid state, for rule tests to change one thing at a time.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid PriorityId = Guid.Parse("0197f000-0000-7000-8000-000000000001");

    public static (Fund Fund, IReadOnlyList<BudgetLine> Budget) PerYearFund(decimal perYear = 100_000m) =>
        Fund.Open(
            "community-safety-fund-2025-28", "Community Safety Fund 2025–28", "Deliver the plan", BudgetBasis.PerYear, new FinancialYear(2025), 3,
            new Dictionary<FinancialYear, decimal> { [new(2025)] = perYear, [new(2026)] = perYear, [new(2027)] = perYear }, null, Now);

    public static Round Round(Guid fundId, decimal min = 1_000m, decimal max = 25_000m) =>
        Api.Domain.Round.Open(
            fundId, "Small grants 2025", new DateOnly(2025, 5, 1), new DateOnly(2025, 7, 31),
            [ApplicantType.DistrictCouncil, ApplicantType.VoluntaryCommunityOrganisation], [Districts.Norwich, Districts.Breckland],
            min, max, [], ["Who benefits?"], [new Criterion("need", "Evidence of need", 3), new Criterion("value", "Value for money", 1)], Now);

    public static ApplicationDetails Details(
        decimal amount = 10_000m, ApplicantType type = ApplicantType.VoluntaryCommunityOrganisation, string? charity = "1234567",
        IReadOnlyList<Objective>? objectives = null, IReadOnlyList<string>? districts = null) => new(
        type, "Norwich Youth Project", charity, null, "Detached youth work", "Evening outreach in the city centre", amount,
        new DateOnly(2025, 9, 1), new DateOnly(2026, 8, 31), 2_000m, PriorityId, "ASB calls up 20% in the city centre after dark",
        objectives ?? [new Objective("Engage 120 young people", "young people engaged", 120), new Objective("Cut ASB calls", "ASB calls", 400)],
        "Fewer young people drawn into ASB", "Match funding from the city council", districts ?? [Districts.Norwich], []);

    public static GrantApplication Application(Round round, decimal amount = 10_000m) =>
        GrantApplication.Submit(round, "norwich-youth-project", "applicant-1", Details(amount), new Contact("Sam Applicant", "sam@example.org", null), Now);

    public static Grant AcceptedGrant(decimal amount = 10_000m)
    {
        var (fund, _) = PerYearFund();
        var round = Round(fund.Id);
        var application = Application(round, amount);
        application.Decide(DecisionOutcome.Award, null, null, "Strong bid", round, 1, true, "officer", Now);
        var grant = Grant.Award(application, "2025/26", Now);
        grant.Accept(Now);
        return grant;
    }
}
