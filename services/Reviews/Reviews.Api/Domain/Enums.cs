namespace Reviews.Api.Domain;

/// <summary>The suspect's relationship to the person who died.</summary>
public enum Relationship
{
    Relative,
    CurrentIntimatePartner,
    FormerIntimatePartner,
    HouseholdMember,
    Other,
}

/// <summary>Where any criminal process stands; it never stops a review being due (an acquittal included).</summary>
public enum CriminalOutcome
{
    NoCharge,
    UnderInvestigation,
    Charged,
    Convicted,
    Acquitted,
}

public enum DecisionOutcome
{
    Commission,
    DoNotCommission,
    JointWithSafeguardingAdultsReview,
}

/// <summary>Processes that run alongside a review and may put it on hold.</summary>
public enum ParallelProcess
{
    CriminalTrial,
    Inquest,
    NhsInvestigation,
    SafeguardingAdultsReview,
    MentalHealthReview,
}

public enum ContributionKind
{
    Chronology,
    IndividualManagementReview,
}

public enum ReviewStage
{
    Notified,
    NotCommissioned,
    Commissioned,
    Drafted,
    SubmittedToQualityAssurance,
    FeedbackReceived,
    Resubmitted,
    Approved,
    Published,
    Closed,
}

public enum RecommendationKind
{
    EarlyLearning,
    SmartAction,
}

public enum RecommendationCategory
{
    Training,
    AwarenessRaising,
    ProcessImprovement,
    ManagementGrip,
    PolicyResponse,
}

/// <summary>A target, never a hard failure.</summary>
public enum TimescaleStatus
{
    OnTrack,
    AtRisk,
    Overdue,
}
