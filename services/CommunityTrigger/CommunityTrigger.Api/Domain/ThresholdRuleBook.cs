using Platform.ServiceDefaults.Errors;

namespace CommunityTrigger.Api.Domain;

/// <summary>Every threshold version the partnership has adopted, so a case is always judged by the rules of its receipt date.</summary>
public sealed class ThresholdRuleBook
{
    private readonly ThresholdRuleSet[] ruleSets;

    public ThresholdRuleBook(IEnumerable<ThresholdRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        this.ruleSets = [.. ruleSets.OrderBy(r => r.ValidFrom)];
        if (this.ruleSets.Length == 0)
        {
            throw new ArgumentException("At least one threshold rule set is needed.", nameof(ruleSets));
        }

        if (this.ruleSets.DistinctBy(r => r.Version).Count() != this.ruleSets.Length
            || this.ruleSets.DistinctBy(r => r.ValidFrom).Count() != this.ruleSets.Length)
        {
            throw new ArgumentException("Threshold rule versions and their valid-from dates must each be unique.", nameof(ruleSets));
        }

        if (this.ruleSets.FirstOrDefault(r => r.MinimumQualifyingComplaints < 1 || r.GroupRoute is { MinimumApplicants: < 2 }) is { } invalid)
        {
            throw new ArgumentException($"Threshold rule version {invalid.Version} needs at least one complaint and, for a group, two applicants.", nameof(ruleSets));
        }
    }

    public static ThresholdRuleBook Default { get; } = new([ThresholdRuleSet.StatutoryDefault]);

    public IReadOnlyList<ThresholdRuleSet> RuleSets => ruleSets;

    public ThresholdRuleSet InForceOn(DateOnly date) =>
        ruleSets.LastOrDefault(r => r.ValidFrom <= date)
        ?? throw new RuleViolationException(
            "no-threshold-rules-in-force", $"No threshold rules were in force on {date:yyyy-MM-dd}.", RuleViolationKind.BusinessRule);
}
