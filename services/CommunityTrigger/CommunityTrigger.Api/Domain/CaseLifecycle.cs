using Platform.ServiceDefaults.Errors;

namespace CommunityTrigger.Api.Domain;

/// <summary>The moves a case may make. Everything not listed is refused with 409 and leaves the case as it was.</summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Moves = new()
    {
        [CaseStatus.Received] = [CaseStatus.ThresholdMet, CaseStatus.ThresholdNotMet],
        [CaseStatus.ThresholdMet] = [CaseStatus.ReviewMeetingHeld],
        [CaseStatus.ThresholdNotMet] = [CaseStatus.OutcomeSent],
        [CaseStatus.ReviewMeetingHeld] = [CaseStatus.RecommendationsMade, CaseStatus.OutcomeSent],
        [CaseStatus.RecommendationsMade] = [CaseStatus.OutcomeSent],
        [CaseStatus.OutcomeSent] = [CaseStatus.AppealRequested, CaseStatus.Closed],
        [CaseStatus.AppealRequested] = [CaseStatus.AppealDecided],
        [CaseStatus.AppealDecided] = [CaseStatus.Closed],
        [CaseStatus.Closed] = [],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) => Moves[from].Contains(to);

    public static void EnsureCanMove(CaseStatus from, CaseStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new RuleViolationException(
                "invalid-case-transition", $"A case that is {from.ToKebab()} cannot become {to.ToKebab()}.");
        }
    }
}
