using Plans.Api.Domain;
using Platform.Contracts;

namespace Plans.Api.Data.Seed;

/// <summary>
/// The reference data a fresh Plans service starts with, taken from the seeds: the Safer Norfolk Plan 2025–28
/// (priorities, enablers, delivery groups) and the Safer Norfolk Plan 2021–24, Appendix 1 (long-term outcomes and
/// measures). Sponsor agencies, lead officers and strategic themes of the priorities are not in the seeds; they are
/// our reading of the plan's governance, marked below, and officers can change them.
/// </summary>
internal static partial class SeedData
{
    public sealed record AreaSeed(string Slug, string Name, string Kind);

    public sealed record AgencySeed(string Slug, string Name, string Kind);

    public sealed record DeliveryGroupSeed(string Name, string Purpose, string ChairAgency, IReadOnlyList<string> MemberAgencies);

    /// <param name="Code">The priority's stable slug (e.g. <c>serious-violence</c>).</param>
    /// <param name="DeliveryGroup">The thematic group the plan names; null where the plan names none yet.</param>
    public sealed record PrioritySeed(
        string Code, string Title, string Description, string StrategicTheme, string SponsorAgency, string LeadOfficer, string? DeliveryGroup);

    /// <param name="CrimeTypes">For a measure counted from police.uk data, the crime types it counts.</param>
    public sealed record MeasureSeed(
        string Name, string Unit, MeasureDirection Direction, string Source, string? DerivedFrom = null, IReadOnlyList<string>? CrimeTypes = null);

    public sealed record OutcomeSeed(int Number, string Title, IReadOnlyList<MeasureSeed> Measures);

    /// <summary>When the 2025–28 plan's priorities were adopted and the plan published: the start of its first year.</summary>
    public static readonly DateTimeOffset PlanAdoptedAt = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the 2021–24 outcomes framework took effect: the start of that plan's first year.</summary>
    public static readonly DateTimeOffset OutcomesDefinedAt = new(2021, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public const string PlanTitle = "Safer Norfolk Plan 2025–28";
    public const int PlanStartYear = 2025;
    public const int PlanEndYear = 2028;

    public static readonly IReadOnlyList<AreaSeed> Areas =
    [
        new(Districts.County, "Norfolk (county-wide)", "county"),
        new(Districts.Breckland, "Breckland", "district"),
        new(Districts.Broadland, "Broadland", "district"),
        new(Districts.GreatYarmouth, "Great Yarmouth", "district"),
        new(Districts.KingsLynnWestNorfolk, "King's Lynn and West Norfolk", "district"),
        new(Districts.NorthNorfolk, "North Norfolk", "district"),
        new(Districts.Norwich, "Norwich", "district"),
        new(Districts.SouthNorfolk, "South Norfolk", "district"),
    ];

    public static readonly IReadOnlyList<AgencySeed> Agencies =
    [
        new(Platform.Contracts.Agencies.Opcc, "Office of the Police and Crime Commissioner for Norfolk", "police-and-crime-commissioner"),
        new(Platform.Contracts.Agencies.CountyCouncil, "Norfolk County Council", "local-authority"),
        new(Platform.Contracts.Agencies.BrecklandCouncil, "Breckland Council", "local-authority"),
        new(Platform.Contracts.Agencies.BroadlandCouncil, "Broadland District Council", "local-authority"),
        new(Platform.Contracts.Agencies.GreatYarmouthCouncil, "Great Yarmouth Borough Council", "local-authority"),
        new(Platform.Contracts.Agencies.KingsLynnWestNorfolkCouncil, "Borough Council of King's Lynn and West Norfolk", "local-authority"),
        new(Platform.Contracts.Agencies.NorthNorfolkCouncil, "North Norfolk District Council", "local-authority"),
        new(Platform.Contracts.Agencies.NorwichCityCouncil, "Norwich City Council", "local-authority"),
        new(Platform.Contracts.Agencies.SouthNorfolkCouncil, "South Norfolk Council", "local-authority"),
        new(Platform.Contracts.Agencies.Constabulary, "Norfolk Constabulary", "police"),
        new(Platform.Contracts.Agencies.FireRescue, "Norfolk Fire and Rescue Service", "fire-and-rescue"),
        new(Platform.Contracts.Agencies.Probation, "The Probation Service (East of England)", "probation"),
        new(Platform.Contracts.Agencies.IntegratedCareBoard, "NHS Norfolk and Waveney Integrated Care Board", "health"),
        new(Platform.Contracts.Agencies.YouthJustice, "Norfolk Youth Justice Service", "youth-justice"),
    ];

    private const string Opcc = Platform.Contracts.Agencies.Opcc;
    private const string County = Platform.Contracts.Agencies.CountyCouncil;
    private const string Constabulary = Platform.Contracts.Agencies.Constabulary;
    private const string Fire = Platform.Contracts.Agencies.FireRescue;
    private const string Probation = Platform.Contracts.Agencies.Probation;
    private const string Icb = Platform.Contracts.Agencies.IntegratedCareBoard;
    private const string YouthJustice = Platform.Contracts.Agencies.YouthJustice;

    /// <summary>
    /// The thematic delivery groups the 2025–28 plan names ("NCSP Workplan"), with their purpose in the plan's words,
    /// and the place-based forum it proposes. Chairs and members are our assumption.
    /// </summary>
    public static readonly IReadOnlyList<DeliveryGroupSeed> DeliveryGroups =
    [
        new("Domestic Abuse and Sexual Violence Group",
            "Applies the learning from Domestic Homicide Reviews and co-ordinates partnership activity on domestic abuse and sexual violence and abuse.",
            Opcc, [County, Constabulary, Icb, Probation]),
        new("Serious Violence Duty Programme Group",
            "Delivers the serious violence strategy: the safety of young people, the prevention of domestic abuse, the places and spaces most affected by serious violence, and drugs and alcohol as an associate of serious violence.",
            Opcc, [County, Constabulary, Icb, Probation, YouthJustice]),
        new("Norfolk Drug and Alcohol Partnership",
            "Tackles drug and alcohol related crime, supports a high-quality treatment system and works towards a generational shift away from drug use.",
            County, [Constabulary, Icb, Probation, Opcc]),
        new("Norfolk Anti-Slavery Network",
            "Identifies victims of modern slavery, protects and empowers people at risk, and equips workforces to respond as a whole system.",
            Constabulary, [County, Opcc, Fire]),
        new("Norfolk Vulnerable Adolescents Group",
            "Raises awareness of extra-familial harm and improves the multi-agency response to children and young people at risk of, or known to be, exploited.",
            County, [Constabulary, YouthJustice, Icb]),
        new("Norfolk Against Scams Partnership",
            "Raises public awareness of fraud, trains professionals who meet its victims, assesses its impact and delivers interventions that prevent it and support victims.",
            County, [Constabulary, Opcc]),
        new("Norfolk Road Safety Partnership",
            "Implements a Safe Systems approach: safe roads, safe speeds, safe vehicles, safe road users and post-crash response.",
            County, [Constabulary, Fire, Icb]),
        new("Community Relations and Prevent Strategic Group",
            "Co-ordinates Norfolk's response to the Prevent Duty, oversees the Channel Panel, and leads on community tensions and hate crime.",
            County, [Constabulary, Opcc, Probation, Icb]),
        new("Norfolk Water Safety Forum",
            "Improves data on who is most at risk around water, educates children and young people, mitigates high-risk behaviours and sites, and leads water safety messages.",
            Fire, [County, Constabulary]),
        // The countywide forum the plan proposes to explore, seeded so the priority has a group to own its work plan.
        new("Place-Based Crime and ASB Forum",
            "The countywide forum the 2025–28 plan proposes to explore: strategic co-ordination of the response to places and spaces affected by serious violence, neighbourhood crime and ASB.",
            Opcc, [County, Constabulary, Fire]),
    ];

    // Themes are the 2021–24 plan's strategic themes; sponsors and lead officers are our assumption (see summary).
    private const string Safeguarding = "Safeguarding communities from abuse and serious violence";
    private const string Exploitation = "Reducing the threat of criminal exploitation";
    private const string NeighbourhoodCrime = "Tackling neighbourhood crime";
    private const string Cohesion = "Building resilient and cohesive communities";

    /// <summary>The eight priorities of the 2025–28 plan ("Priorities and enablers"), in the plan's order.</summary>
    public static readonly IReadOnlyList<PrioritySeed> Priorities =
    [
        new("serious-violence", "Serious violence, domestic abuse and sexual violence",
            "Preventing and responding to serious violence, including domestic abuse, and sexual violence and abuse.",
            Safeguarding, Platform.Contracts.Agencies.Opcc, "Chair, Domestic Abuse and Sexual Violence Group",
            "Domestic Abuse and Sexual Violence Group"),
        new("drugs-and-alcohol", "Drugs and alcohol",
            "Work together to tackle drug and alcohol related crime, support a high-quality treatment system and deliver a generational shift away from drug use.",
            Safeguarding, Platform.Contracts.Agencies.CountyCouncil, "Chair, Norfolk Drug and Alcohol Partnership",
            "Norfolk Drug and Alcohol Partnership"),
        new("modern-slavery-and-exploitation", "Modern slavery and criminal exploitation",
            "Deliver a co-ordinated partnership response to modern slavery and criminal exploitation, including child criminal and child sexual exploitation.",
            Exploitation, Platform.Contracts.Agencies.Constabulary, "Chair, Norfolk Anti-Slavery Network",
            "Norfolk Anti-Slavery Network"),
        new("fraud", "Fraud",
            "Support Norfolk residents to stay safe from fraud.",
            NeighbourhoodCrime, Platform.Contracts.Agencies.CountyCouncil, "Chair, Norfolk Against Scams Partnership",
            "Norfolk Against Scams Partnership"),
        new("place-based-crime-and-asb", "Place-based crime and anti-social behaviour",
            "Keep Norfolk streets safe by tackling place-based crime and ASB: neighbourhood crime, ASB, rural and environmental crime, retail crime and arson.",
            NeighbourhoodCrime, Platform.Contracts.Agencies.Opcc, "Head of Community Safety, OPCCN",
            "Place-Based Crime and ASB Forum"), // the forum the plan proposes to explore
        new("road-safety", "Road safety",
            "Collaborate with partners on a safe systems approach to road safety: safe roads, safe speeds, safe vehicles, safe road users and post-crash response.",
            Safeguarding, Platform.Contracts.Agencies.CountyCouncil, "Chair, Norfolk Road Safety Partnership",
            "Norfolk Road Safety Partnership"),
        new("violent-extremism-and-cohesion", "Preventing violent extremism and building community cohesion",
            "Work with our community to prevent violent extremism and build community cohesion.",
            Cohesion, Platform.Contracts.Agencies.CountyCouncil, "Chair, Community Relations and Prevent Strategic Group",
            "Community Relations and Prevent Strategic Group"),
        new("water-safety", "Water safety",
            "Deliver a coordinated approach to water safety to reduce the number of fatalities in future.",
            Safeguarding, Platform.Contracts.Agencies.FireRescue, "Chair, Norfolk Water Safety Forum",
            "Norfolk Water Safety Forum"),
    ];

    public static readonly IReadOnlyList<string> Enablers = Domain.Enablers.All;

    private const MeasureDirection Up = MeasureDirection.Up;
    private const MeasureDirection Down = MeasureDirection.Down;

    /// <summary>
    /// Appendix 1, A1.2: where under-reporting means a change in reports would not show a like change in offending
    /// (hate crime is the plan's example; also fraud, sexual offences, domestic abuse, modern slavery and referrals
    /// that reflect identification), the intended impact is neutral.
    /// </summary>
    private const MeasureDirection Neutral = MeasureDirection.Neutral;

    private const string Count = "count";
    private const string Percent = "percent";
    private const string Police = "Norfolk Constabulary";
    private const string PoliceData = "Norfolk Constabulary, police.uk street-level data (imported)";

    /// <summary>
    /// The 2021–24 long-term outcomes and measures (Appendix 1), in the plan's order. Measures marked "added" are not
    /// in Appendix 1: they give the figures the platform derives from other services' events a home.
    /// </summary>
    public static readonly IReadOnlyList<OutcomeSeed> Outcomes =
    [
        new(1, "People feel safe from crime and anti-social behaviour in Norfolk",
        [
            new("Anti-social behaviour reported to police and councils", Count, Down, "Norfolk Constabulary and district councils"),
            new("Qualitative feedback from Norfolk residents on feelings of safety and fear of crime", Percent, Up, "Norfolk residents' survey"),
            new("Satisfaction with the service provided by responsible authorities", Percent, Up, "Responsible authorities' satisfaction surveys"),
        ]),
        new(2, "Reduce overall levels of hate crime, fraud and anti-social behaviour",
        [
            new("Hate crime reported to the police", Count, Neutral, Police),
            new("Fraud reported to Norfolk Constabulary and Action Fraud", Count, Neutral, "Norfolk Constabulary and Action Fraud"),
            new("Anti-social behaviour reported to police and councils", Count, Down, "Norfolk Constabulary and district councils"),
            new("Anti-social behaviour reported to the police (added)", Count, Down, PoliceData, DerivedSources.PoliceRecordedCrime, [PoliceCrimeTypes.AntiSocialBehaviour]),
        ]),
        new(3, "Victims feel confident reporting their experience and are able to cope and recover",
        [
            new("Satisfaction with the response to crime and anti-social behaviour from responsible authorities", Percent, Up, "Responsible authorities' satisfaction surveys"),
            new("Public confidence in reporting crime and anti-social behaviour to the responsible authorities", Percent, Up, "Norfolk residents' survey"),
            new("Victims who access support service feel they have been supported to cope and recover", Percent, Up, "Commissioned victim services (OPCCN)"),
            new("Community Trigger (ASB Case Review) applications received", Count, Neutral, "Community Trigger service (added)", DerivedSources.TriggerApplications),
            new("ASB Case Reviews held", Count, Neutral, "Community Trigger service (added)", DerivedSources.TriggerCaseReviews),
        ]),
        new(4, "Reduce overall neighbourhood crimes levels",
        [
            new("Number of reported burglaries in Norfolk", Count, Down, PoliceData, DerivedSources.PoliceRecordedCrime, [PoliceCrimeTypes.Burglary]),
            new("Number of reported robberies in Norfolk", Count, Down, PoliceData, DerivedSources.PoliceRecordedCrime, [PoliceCrimeTypes.Robbery]),
            new("Number of reported vehicle crimes in Norfolk", Count, Down, PoliceData, DerivedSources.PoliceRecordedCrime, [PoliceCrimeTypes.VehicleCrime]),
            new("Number of reported violent offences in Norfolk", Count, Down, Police),
            new("Reduce levels fly tipping", Count, Down, "District councils"),
        ]),
        new(5, "Reduce reoffending",
        [
            new("Number of reoffences", Count, Down, "Ministry of Justice proven reoffending statistics"),
            new("Number of reoffenders", Count, Down, "Ministry of Justice proven reoffending statistics"),
            new("Seriousness of reoffending, measured using Cambridge Crime Harm Index", "crime-harm-index", Down, "Norfolk Constabulary (Cambridge Crime Harm Index)"),
        ]),
        new(6, "People are prevented from being drawn into criminal exploitation and terrorism",
        [
            new("Children and young people arrested for drug offences", Count, Down, Police),
            new("Number of referrals to channel panel process", Count, Neutral, "Prevent service (Channel panel)", DerivedSources.ChannelAdoptions),
            new("Deliver against the 'Prevent Duty Toolkit for Local Authorities and Partner Agencies'", Percent, Up, "Prevent Duty benchmarking assessment"),
            new("Number of Prevent referrals", Count, Neutral, "Prevent service (added)", DerivedSources.PreventReferrals),
        ]),
        new(7, "Victims of exploitation are made to feel safe",
        [
            new("National Referral Mechanisms referrals for children and young people", Count, Neutral, "Home Office National Referral Mechanism statistics"),
            new("National Referral Mechanisms referrals for adults", Count, Neutral, "Home Office National Referral Mechanism statistics"),
        ]),
        new(8, "People most at risk of criminal exploitation in Norfolk are identified and supported as early as possible",
        [
            new("Trend in the Children and young people screened through the Multi-Agency Criminal Exploitation (MACE) process", Count, Neutral, "Norfolk Children's Services (MACE)"),
            new("Trend in adults screened through the Vulnerable Adult Risk Assessment Conference (VARAC) process (Norwich only)", Count, Neutral, "Norwich VARAC"),
            new("Number of Modern Slavery offences recorded", Count, Neutral, Police),
            new("Number of children and young people diverted from the criminal justice system", Count, Up, "Norfolk Youth Justice Service"),
        ]),
        new(9, "Reduce overall victimisation, risk, harm, perpetration and reoffending for rape and sexual offences, domestic abuse and serious violence",
        [
            new("Number of reported rapes, serious sexual offences and other sexual offences in Norfolk", Count, Neutral, Police),
            new("Number of historic rapes, serious sexual offences and sexual offences reported", Count, Neutral, Police),
            new("Number of victims referred to sexual violence services by the police", Count, Up, Police),
            new("Number of sexual offences referred to Crown Prosecution Service", Count, Up, "Norfolk Constabulary and Crown Prosecution Service"),
            new("Number of sexual offence reports resulting in a conviction", Count, Up, "Crown Prosecution Service"),
            new("Number of child sexual offences reported", Count, Neutral, Police),
            new("Number of domestic abuse crimes reported", Count, Neutral, Police),
            new("Number of repeat domestic abuse victims and offenders", Count, Down, Police),
            new("Number of hospital admissions for serious violence", Count, Down, "NHS Hospital Episode Statistics"),
            new("Number of knife crimes recorded", Count, Down, Police),
            new("Number of homicides", Count, Down, Police),
            new("Domestic Homicide Reviews commissioned", Count, Neutral, "Reviews service (added)", DerivedSources.ReviewsCommissioned),
            new("Notified deaths not commissioned as a Domestic Homicide Review", Count, Neutral, "Reviews service (added)", DerivedSources.ReviewsNotCommissioned),
        ]),
    ];
}
