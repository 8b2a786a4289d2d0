namespace Reviews.Api.Domain;

public sealed record CriterionResult(string Criterion, bool Met, string Reason);

public sealed record CriteriaEvaluation(bool Met, IReadOnlyList<CriterionResult> Criteria);

/// <summary>
/// Section 9 of the Domestic Violence, Crime and Victims Act 2004: the death of a person aged 16 or over that has,
/// or appears to have, resulted from violence, abuse or neglect by a relative, a current or former intimate partner
/// or a member of the same household. A suicide qualifies where the circumstances give rise to concern, even with
/// no charge or an acquittal. The result advises the chair; the chair decides.
/// </summary>
public static class StatutoryCriteria
{
    public const int MinimumAge = 16;

    public static CriteriaEvaluation Evaluate(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        CriterionResult[] criteria = [Age(notification), RelationshipOf(notification), Cause(notification)];
        return new(criteria.All(c => c.Met), criteria);
    }

    private static CriterionResult Age(Notification notification) =>
        notification.VictimAge >= MinimumAge
            ? new("age", true, $"The person who died was {notification.VictimAge}, so {MinimumAge} or over.")
            : new("age", false, $"The person who died was {notification.VictimAge}, under {MinimumAge}: consider a child safeguarding practice review instead.");

    private static CriterionResult RelationshipOf(Notification notification) =>
        notification.Relationship switch
        {
            Relationship.Relative => new("relationship", true, "The suspect is a relative."),
            Relationship.CurrentIntimatePartner => new("relationship", true, "The suspect is a current intimate partner."),
            Relationship.FormerIntimatePartner => new("relationship", true, "The suspect is a former intimate partner."),
            Relationship.HouseholdMember => new("relationship", true, "The suspect is a member of the same household."),
            _ => new("relationship", false, "The suspect is not a relative, an intimate partner (current or former) or a household member."),
        };

    private static CriterionResult Cause(Notification notification) =>
        (notification.Suicide, notification.AbuseConcerns) switch
        {
            (true, true) => new("cause", true, SuicideReason(notification)),
            (true, false) => new("cause", false, "A suicide qualifies only where the circumstances give rise to concern about abuse; none are recorded."),
            (false, true) => new("cause", true, "The death has, or appears to have, resulted from violence, abuse or neglect."),
            (false, false) => new("cause", false, "Nothing recorded suggests the death resulted from violence, abuse or neglect."),
        };

    private static string SuicideReason(Notification notification) =>
        notification.CriminalOutcome is CriminalOutcome.NoCharge or CriminalOutcome.Acquitted
            ? "A suicide whose circumstances give rise to concern qualifies, even with no charge or an acquittal."
            : "A suicide whose circumstances give rise to concern qualifies.";
}
