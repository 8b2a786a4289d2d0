namespace CommunityTrigger.Api.Domain;

public enum CaseStatus
{
    Received,
    ThresholdMet,
    ThresholdNotMet,
    ReviewMeetingHeld,
    RecommendationsMade,
    OutcomeSent,
    AppealRequested,
    AppealDecided,
    Closed,
}
