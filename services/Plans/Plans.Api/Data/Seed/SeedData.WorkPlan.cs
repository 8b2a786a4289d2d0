using Plans.Api.Domain;

namespace Plans.Api.Data.Seed;

/// <summary>
/// The 2025–28 plan's work plans ("NCSP Workplan"): each delivery group's listed objectives as SMART actions. The
/// objective text is the plan's own; the owning agency, the due date, the success measure and the enabler each serves
/// are our reading of the plan (it gives none of them) and officers can change them. Actions are due by the end of
/// the plan (31 March 2028) unless the objective is about setting something up, which is due in its first year.
/// </summary>
internal static partial class SeedData
{
    /// <param name="Key">Stable within its priority, for the seed id (e.g. <c>dasv-1</c>).</param>
    public sealed record ActionSeed(string Key, string Description, string OwnerAgency, DateOnly DueOn, string SuccessMeasure, string Enabler);

    public sealed record WorkPlanSeed(string PriorityCode, IReadOnlyList<ActionSeed> Actions);

    private static readonly DateOnly PlanEnd = new(2028, 3, 31);
    private static readonly DateOnly FirstYearEnd = new(2026, 3, 31);
    private const string Awareness = Domain.Enablers.PublicAwareness;
    private const string Workforce = Domain.Enablers.SkilledWorkforce;
    private const string Analysis = Domain.Enablers.UpToDateAnalysis;
    private const string Interventions = Domain.Enablers.EffectiveInterventions;

    public static readonly IReadOnlyList<WorkPlanSeed> WorkPlans =
    [
        new("serious-violence",
        [
            new("svd-1", "Serious Violence Duty: a focus on the safety of young people.", Opcc, PlanEnd, "Fewer young people (under 25) victims of knife crime and hospital admissions for serious violence than in 2024/25.", Interventions),
            new("svd-2", "Serious Violence Duty: a focus on the prevention of domestic abuse.", Opcc, PlanEnd, "Repeat domestic abuse victims and offenders fall year on year.", Interventions),
            new("svd-3", "Serious Violence Duty: a focus on the places and spaces most affected by serious violence.", Constabulary, PlanEnd, "Serious violence falls in the hot-spot locations identified by the strategic assessment.", Analysis),
            new("svd-4", "Serious Violence Duty: a focus on drugs and alcohol as an associate of serious violence.", County, PlanEnd, "A joint drugs, alcohol and serious violence response agreed with the Norfolk Drug and Alcohol Partnership and reported on quarterly.", Interventions),
            new("dasv-1", "Ensuring children and young people affected by domestic abuse and sexual violence are understood, have their voice heard, and are supported to recover.", County, PlanEnd, "Children and young people's feedback gathered each year and acted on; referrals to recovery support for children increase.", Interventions),
            new("dasv-2", "Improving the public understanding of domestic abuse, ensure reporting pathways are clear, and services are well advertised.", Opcc, PlanEnd, "Two public campaigns a year; awareness of where to report measured in the residents' survey.", Awareness),
            new("dasv-3", "Increase the skills and knowledge of workforce regarding domestic abuse and sexual violence and abuse.", County, PlanEnd, "Partner staff trained each year, with confidence measured before and after training.", Workforce),
            new("dasv-4", "Assessing and improving the strategic partnership understanding of domestic abuse and sexual violence and abuse.", Opcc, FirstYearEnd, "A domestic abuse and sexual violence needs assessment completed and presented to the partnership.", Analysis),
            new("dasv-5", "Delivering preventative and supportive interventions for domestic abuse and sexual violence and abuse, utilising principles from the public health approach.", Opcc, PlanEnd, "Commissioned interventions in place in every district, with outcomes reported quarterly.", Interventions),
        ]),
        new("drugs-and-alcohol",
        [
            new("ndap-1", "Develop a Dual Diagnosis Pathway.", Icb, FirstYearEnd, "A dual diagnosis pathway agreed by mental health and substance misuse services and in use.", Interventions),
            new("ndap-2", "Improve rates of continuity of care from prison.", Probation, PlanEnd, "The share of prison leavers engaging with community treatment within three weeks rises each year.", Interventions),
            new("ndap-3", "Create a sustainable mechanism for workforce development across the sector.", County, FirstYearEnd, "A sector-wide training programme funded and running.", Workforce),
            new("ndap-4", "Embedding voice of lived experience across NDAP partnership.", County, PlanEnd, "People with lived experience represented on every NDAP group.", Interventions),
            new("ndap-5", "Develop a multiagency/partnership response to improve the outcomes for those with complex and unmet needs.", County, PlanEnd, "A multi-agency complex needs panel established and its cohort's outcomes reported.", Interventions),
            new("ndap-6", "Respond to the emerging risks of the changing drug trends in county.", Constabulary, PlanEnd, "A drug-trend early warning process in place; alerts issued to partners within a week of a new risk.", Analysis),
            new("ndap-7", "Joint Priority with SVD to establish a partnership response to tackling Exploitation across the county.", Constabulary, FirstYearEnd, "A joint exploitation response agreed by NDAP and the Serious Violence Duty Programme Group.", Interventions),
        ]),
        new("modern-slavery-and-exploitation",
        [
            new("nasn-1", "Modern slavery: identification of victims.", Constabulary, PlanEnd, "National Referral Mechanism referrals from Norfolk's first responders rise.", Workforce),
            new("nasn-2", "Modern slavery: protection and empowerment of people at risk.", Constabulary, PlanEnd, "Every identified victim offered support; outcomes reported to the network.", Interventions),
            new("nasn-3", "Support, equip and enable our workforces to respond as a whole-system approach to MSHT.", Constabulary, PlanEnd, "First-responder training delivered in every statutory partner.", Workforce),
            new("nasn-4", "Prevention through sharing a joint understanding of drivers and scale across strategic partnerships.", Constabulary, FirstYearEnd, "A modern slavery profile shared with the partnership each year.", Analysis),
            new("nvag-1", "Raise awareness across Norfolk of the risks of extra-familial harm posed to children and young people.", County, PlanEnd, "An annual awareness campaign for parents, carers and professionals.", Awareness),
            new("nvag-2", "Ensure early identification/intervention of children and young people, at risk of exploitation, individually or in cohorts.", County, PlanEnd, "Children screened through MACE are seen within the agreed timescale.", Interventions),
            new("nvag-3", "Improve the multi-agency safeguarding response to children and young people who are known to be exploited.", County, PlanEnd, "A multi-agency audit each year shows improvement.", Interventions),
            new("nvag-4", "Identify exploiters and disrupt their activity through the use of Modern Slavery legislation and other tactics.", Constabulary, PlanEnd, "Disruptions and Modern Slavery Act orders recorded and reported quarterly.", Interventions),
            new("exploitation-1", "Exploitation Group focus: County Lines.", Constabulary, PlanEnd, "County lines closed and the people exploited by them referred for support.", Interventions),
            new("exploitation-2", "Exploitation Group focus: Cuckooing.", Constabulary, PlanEnd, "Cuckooing cases identified and every victim offered safeguarding.", Interventions),
        ]),
        new("fraud",
        [
            new("nasp-1", "Increase public awareness of fraud, how to keep safe and ensure reporting pathways are clear.", County, PlanEnd, "Residents reached by scams awareness each year, from Trading Standards' records.", Awareness),
            new("nasp-2", "Increase the skills and knowledge of fraud amongst professionals in Norfolk's most likely to come in to contact with victims of fraud.", County, PlanEnd, "Friends Against Scams training delivered to front-line staff of every partner.", Workforce),
            new("nasp-3", "Undertake strategic assessments of fraud, its impact and gaps in provision to inform the local response.", Constabulary, FirstYearEnd, "A fraud strategic assessment completed and presented to the partnership.", Analysis),
            new("nasp-4", "Deliver interventions that prevent fraud and support victims.", County, PlanEnd, "Call blockers and victim support offered to every repeat victim referred.", Interventions),
        ]),
        new("place-based-crime-and-asb",
        [
            new("place-1", "Increasing public awareness of crime issues affecting their community, how to keep safe, and ensure reporting pathways are clear.", Opcc, PlanEnd, "Public confidence in reporting crime and ASB rises in the residents' survey.", Awareness),
            new("place-2", "Increasing the skills and knowledge of locality responders, to support their response to ASB and neighbourhood crime.", Opcc, PlanEnd, "ASB training delivered to locality responders in every district.", Workforce),
            new("place-3", "Providing strategic assessment to improve the partnerships understanding of ASB and neighbourhood crime.", Constabulary, FirstYearEnd, "An ASB and neighbourhood crime profile in the annual strategic assessment.", Analysis),
            new("place-4", "Delivering preventative and supportive interventions for all community safety priorities, utilising principles from the public health approach.", Opcc, PlanEnd, "ASB reported to the police falls year on year.", Interventions),
        ]),
        new("road-safety",
        [
            new("roads-1", "Safe Systems: safe roads.", County, PlanEnd, "Engineering schemes delivered at the sites with the most killed or seriously injured casualties.", Interventions),
            new("roads-2", "Safe Systems: safe speeds.", Constabulary, PlanEnd, "Speed enforcement and community speed watch in place where residents raise concerns.", Interventions),
            new("roads-3", "Safe Systems: safe vehicles.", Constabulary, PlanEnd, "Vehicle safety checks at roadside operations each year.", Interventions),
            new("roads-4", "Safe Systems: safe road users.", County, PlanEnd, "Road user education reaching young and older drivers, riders and cyclists each year.", Awareness),
            new("roads-5", "Safe Systems: post-crash response.", Fire, PlanEnd, "A post-crash response review completed with the emergency services.", Analysis),
        ]),
        new("violent-extremism-and-cohesion",
        [
            new("prevent-1", "Provide a multi-agency partnership meeting to effectively monitor and evaluate the impact of Prevent work and provide strategic governance.", County, FirstYearEnd, "The Prevent partnership meets quarterly with an evaluation report each year.", Analysis),
            new("prevent-2", "Complete and respond to an annual situational risk assessment.", County, PlanEnd, "The situational risk assessment completed each year and its actions agreed.", Analysis),
            new("prevent-3", "Maintain a dedicated, common Prevent referral pathway that is understood by all key stakeholders.", County, PlanEnd, "The referral pathway published and reviewed every year.", Awareness),
            new("prevent-4", "Deliver a Prevent training plan that measures impact and accounts for key stakeholders' training needs.", County, PlanEnd, "Training delivered to plan, with impact measured after each course.", Workforce),
            new("prevent-5", "Support responsible authorities to meet their statutory responsibility to reduce permissive environments.", County, PlanEnd, "Every responsible authority completes the Prevent Duty benchmarking.", Interventions),
            new("prevent-6", "Co-ordinate Prevent activity and engage with communities across Norfolk to encourage open and transparent conversation about Prevent and terrorism.", County, PlanEnd, "Community engagement sessions held in every district each year.", Awareness),
            new("prevent-7", "Oversee the delivery of Norfolk's Channel Panel.", County, PlanEnd, "Channel Panel meets monthly; cases are reviewed at six and twelve months.", Interventions),
            new("cohesion-1", "Increase public awareness of hate crime and ensure reporting pathways are clear.", County, PlanEnd, "Hate crime reporting pathways promoted in every district each year.", Awareness),
            new("cohesion-2", "Increase the skills and knowledge on hate crime and community tensions of Norfolk's workforce.", County, PlanEnd, "Hate crime training delivered to front-line staff of every partner.", Workforce),
            new("cohesion-3", "Assess and improve the strategic partnership understanding of hate crime and community tensions.", Constabulary, FirstYearEnd, "A community tensions monitoring process reporting monthly to the group.", Analysis),
            new("cohesion-4", "Deliver preventative and supportive interventions for hate crime and community tensions.", County, PlanEnd, "Victims of hate crime offered support; interventions reported quarterly.", Interventions),
        ]),
        new("water-safety",
        [
            new("water-1", "Improving data and information about who is at the greatest risk of water safety incidents so that we can target our resources.", Fire, FirstYearEnd, "A water incident data set shared by the forum's members and reviewed each year.", Analysis),
            new("water-2", "To ensure that our children and young people are educated about water safety.", Fire, PlanEnd, "Water safety education offered to every Norfolk school each year.", Awareness),
            new("water-3", "To understand how to mitigate high risk behaviours – such as drinking alcohol while out on the water – and high-risk sites.", Fire, PlanEnd, "Risk assessments and mitigations in place at the high-risk sites identified.", Interventions),
            new("water-4", "To build on our already good communications to ensure our message is clear, accessible, coordinated and understood by all.", Fire, PlanEnd, "A joint seasonal communications plan agreed by the forum each spring.", Awareness),
            new("water-5", "To bring leadership and resources to promoting water safety.", Fire, PlanEnd, "The forum's partners commit resources to its plan each year.", Interventions),
        ]),
    ];
}
