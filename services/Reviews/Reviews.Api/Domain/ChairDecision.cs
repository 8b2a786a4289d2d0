namespace Reviews.Api.Domain;

/// <summary>The partnership chair's decision on a notification, and when the Home Office was told of it.</summary>
public sealed record ChairDecision(DecisionOutcome Outcome, string Reasons, DateOnly DecidedOn, DateOnly? HomeOfficeToldOn)
{
    public bool Commissions => Outcome is DecisionOutcome.Commission or DecisionOutcome.JointWithSafeguardingAdultsReview;
}
