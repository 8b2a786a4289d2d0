using System.Security.Cryptography;
using System.Text;
using Funding.Api.Domain;
using Platform.Contracts;

namespace Funding.Api.Data.Seed;

/// <summary>
/// Reference data from the seeds: the Community Safety Fund 2025–28 (seeds 000/001: £500,000 ring-fenced, provided by
/// the OPCC, available over three years, open to all seven districts) with a small-grants round, and the Community
/// Safety Fund 2012–15 with the projects seed 004 reports as funded in 2012/13 (Amount, Project Title, Objectives,
/// Impact, Added Value), as historic awards under the 2012–15 plan's priorities A–F (retired: not in today's plan).
/// </summary>
internal static class SeedData
{
    public const string CurrentFundCode = "community-safety-fund-2025-28";
    public const string HistoricFundCode = "community-safety-fund-2012-15";

    public static Guid Id(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("csp-funding-seed:" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public sealed record HistoricPriority(string Letter, string Title, string SponsorAgency);

    /// <summary>Seed 004's priorities A–F of the 2012–15 plan, with their sponsor agencies (who delivered the funded work).</summary>
    public static readonly IReadOnlyList<HistoricPriority> HistoricPriorities =
    [
        new("A", "2012–15 Priority A: Reduce the incidence of crime and ASB", Agencies.Constabulary),
        new("B", "2012–15 Priority B: Protect vulnerable people, particularly young people", Agencies.YouthJustice),
        new("C", "2012–15 Priority C: Protect vulnerable people, particularly people vulnerable to domestic abuse", Agencies.CountyCouncil),
        new("D", "2012–15 Priority D: Reduce drug & alcohol related crime/ASB, with improved focus on recovery and abstinence", "norfolk-drug-and-alcohol-partnership"),
        new("E", "2012–15 Priority E: Reduce the harm caused by the misuse of drugs and alcohol, within the Night-time Economy", Agencies.Constabulary),
        new("F", "2012–15 Priority F: Improve support to offenders to prevent them from re-offending, particularly PPOs", Agencies.Probation),
    ];

    public sealed record HistoricProject(string Priority, decimal Amount, string Title, string Recipient, string Objectives, string Impact, string AddedValue);

    public static readonly IReadOnlyList<HistoricProject> HistoricProjects =
    [
        new("A", 108_000m, "ASB Co-ordinators (3 posts managed by the police)", "Norfolk Constabulary",
            "Support development of district OPTs to tackle ASB; a consistent approach to targeting resources to vulnerable victims and locations using standardised risk assessment; effective information sharing; co-ordination and challenge of partners' input to resolve ASB cases.",
            "Specialist administrative support to OPTs; effective multi-agency ASB Action Groups; greater involvement of partners; wider dissemination of ASB reduction tools, powers and good practice.",
            "As reported in the 2012–15 plan."),
        new("B", 49_000m, "Youth Inclusion Support Panel (YISP) contribution", "Norfolk Youth Offending Team",
            "Reduce first time entrants into the criminal justice system by early preventative interventions with 10-14 year olds at risk of offending; support positive outcomes through voluntary support plans agreed with each family.",
            "Continued reduction in First Time Entrants; in 2009/10 95% of YISP referrals did not go on to offend in the following 12 months.",
            "Early intervention schemes such as YISP contribute on a number of levels."),
        new("C", 203_000m, "Independent Domestic Violence Advocacy workers (IDVAs)", "Norfolk County Council",
            "Reduce and prevent escalation and repeat victimisation for victims of domestic abuse assessed as at high risk of serious harm or homicide; consistent targeting using common risk assessment; effective information sharing.",
            "Effective advocacy for victims at MARACs; clients feel safer and more confident calling for help; more clients chose to stay in their homes with safety measures rather than flee to a refuge.",
            "Support to engage with specialist services for high risk clients with mental health, alcohol or substance misuse issues; each case referred and supported by an IDVA costs an estimated £196."),
        new("C", 38_000m, "Norfolk Domestic Abuse Reduction Co-ordinator (DARC)", "Norfolk County Council",
            "Leadership, enabling, supporting and engaging partners in an integrated response to domestic abuse; promotion of interagency working at practitioner and strategic level.",
            "Domestic Abuse & Sexual Violence Board constituted; safeguarding procedures improved; MARAC recognised as the multi-agency focus for safety planning; awareness raising and training improved risk management.",
            "As reported in the 2012–15 plan."),
        new("D", 45_000m, "Contribution to DAAT", "Norfolk Drug and Alcohol Partnership",
            "To enable the DAAT to work effectively with the Community Safety Partnership and wider criminal justice agenda.",
            "The project does not have set performance expectations so impact is not possible to assess.",
            "The project does not have set performance expectations so added value is not possible to assess."),
        new("E", 38_000m, "Norfolk Nightsafe", "Norfolk Constabulary",
            "Improve safety in the evening and night-time economy; improve quality of life for people affected by licensed premises; improve public confidence on alcohol and drug issues; measurable reduction in alcohol-related crime and disorder around licensed premises.",
            "Reduction in priority violence inside the top 10 licensed premises through multi-agency operations; covert licensing operations welcomed by responsible operators.",
            "As reported in the 2012–15 plan."),
        new("F", 156_000m, "180° Norfolk Co-ordination (1 Pathway Co-ordinator, 3 scheme administrators, 1 volunteer co-ordinator)", "Probation Service",
            "To reduce reoffending by targeting the most prolific offenders within the community, providing a 'premium service' to tackle the causes of offending behaviour.",
            "Holistic and consistent approach to offenders, less duplication, more effective offender management; 40% reduction in offending of the cohort.",
            "Care and sentence plans combined wherever possible; offenders cannot play one agency off against another."),
    ];

    public static (Fund Fund, IReadOnlyList<BudgetLine> Budget) CurrentFund(DateTimeOffset now)
    {
        var opened = Fund.Open(
            CurrentFundCode, "Community Safety Fund 2025–28",
            "£500,000 ring-fenced for supporting the delivery of the Norfolk County Community Safety Partnership's Strategic Plan, provided by the OPCC, available over the course of three years and open to every district council.",
            BudgetBasis.WholeLife, new FinancialYear(2025), 3, null, 500_000m, now, Id("fund:" + CurrentFundCode));
        opened.Fund.RecordContribution(Agencies.Opcc, new FinancialYear(2025), 500_000m);
        return opened;
    }

    public static Round CurrentRound(Guid fundId, DateTimeOffset now) => Round.Open(
        fundId, "District community safety grants 2026/27", new DateOnly(2026, 10, 1), new DateOnly(2027, 1, 31),
        [ApplicantType.DistrictCouncil, ApplicantType.ResponsibleAuthority, ApplicantType.VoluntaryCommunityOrganisation],
        Districts.All, 1_000m, 25_000m, [],
        ["Which adopted priority does the project deliver, and how?", "What evidence shows the need in the districts served?", "How will you measure each objective?"],
        [new Criterion("need", "Evidence of need", 3), new Criterion("outcomes", "SMART objectives with measures", 3), new Criterion("value", "Value for money and match funding", 2), new Criterion("delivery", "Ability to deliver", 2)],
        now);

    public static (Fund Fund, IReadOnlyList<BudgetLine> Budget) HistoricFund(DateTimeOffset now)
    {
        // Seed 004: £640k funded CCSP projects in 2012/13 (the £364k Community Safety Fund grant, the shortfall met from
        // reward grants held); £364k expected for 2013/14 (awaiting confirmation) and assumed for 2014/15.
        var opened = Fund.Open(
            HistoricFundCode, "Community Safety Fund 2012–15",
            "Home Office Community Safety Fund grant applied to the County Community Safety Partnership's priorities A–F of the 2012–15 plan.",
            BudgetBasis.PerYear, new FinancialYear(2012), 3,
            new Dictionary<FinancialYear, decimal> { [new(2012)] = 640_000m, [new(2013)] = 364_000m, [new(2014)] = 364_000m }, null, now,
            Id("fund:" + HistoricFundCode));
        opened.Fund.RecordContribution("home-office", new FinancialYear(2012), 364_000m);
        opened.Fund.RecordContribution("ccsp-reward-grants", new FinancialYear(2012), 276_000m);
        return opened;
    }
}
