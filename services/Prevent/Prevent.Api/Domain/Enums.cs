namespace Prevent.Api.Domain;

/// <summary>The referrer's sector, as the national Prevent statistics count it.</summary>
public enum Sector
{
    Education,
    Health,
    LocalAuthority,
    Police,
    Other,
}

/// <summary>Type of concern as recorded nationally (Home Office Prevent statistics).</summary>
public enum IdeologyCategory
{
    Islamist,
    ExtremeRightWing,
    LeftWingAnarchistSingleIssue,
    SchoolMassacre,
    ConflictedIdeology,
    MixedUnclearUnstable,
    Other,
}

public enum RiskIndicator
{
    ImmediateRiskOfHarm,
    AccessToWeapons,
    OnlineRadicalisation,
    SelfHarm,
    VulnerableAdult,
    ChildInCare,
}

public enum TriageOutcome
{
    NoFurtherAction,
    Signposted,
    Channel,
}

public enum ConsentGiver
{
    Person,
    ParentOrGuardian,
}

public enum InterventionStatus
{
    Planned,
    Active,
    Completed,
    Stopped,
}

/// <summary>
/// received → no-further-action | signposted | awaiting-panel → not-adopted | adopted → in-support →
/// exited; consent withdrawn from adopted or in-support closes the case as consent-withdrawn.
/// </summary>
public enum ReferralStatus
{
    Received,
    NoFurtherAction,
    Signposted,
    AwaitingPanel,
    NotAdopted,
    Adopted,
    InSupport,
    ConsentWithdrawn,
    Exited,
}
