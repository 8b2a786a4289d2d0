using Platform.ServiceDefaults.Errors;

namespace Reviews.Api.Domain;

/// <summary>Early learning (acted on during the review) or a SMART action for the review's action plan.</summary>
public sealed record Recommendation(
    Guid Id,
    RecommendationKind Kind,
    RecommendationCategory Category,
    string Text,
    string OwnerAgency,
    DateOnly DueOn,
    DateOnly? AgreedOn)
{
    public Recommendation Agreed(DateOnly on) =>
        AgreedOn is null
            ? this with { AgreedOn = on }
            : throw new RuleViolationException("recommendation-already-agreed", "This recommendation was already agreed.");
}
