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
    DateOnly? AgreedOn,
    DateOnly? CompletedOn = null)
{
    /// <summary>An agreed action nobody has completed yet.</summary>
    public bool IsOpen => AgreedOn is not null && CompletedOn is null;

    public Recommendation Agreed(DateOnly on) =>
        AgreedOn is null
            ? this with { AgreedOn = on }
            : throw new RuleViolationException("recommendation-already-agreed", "This recommendation was already agreed.");

    public Recommendation Completed(DateOnly on) =>
        IsOpen
            ? this with { CompletedOn = on }
            : throw new RuleViolationException("recommendation-not-open", "Only an agreed recommendation not yet completed can be completed.");
}
