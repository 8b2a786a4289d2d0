namespace Plans.Api.Domain;

/// <summary>
/// The Safer Norfolk Plan 2025-28's four enablers: every priority's work plan must serve them, and each action names
/// the one it serves.
/// </summary>
public static class Enablers
{
    public const string PublicAwareness = "public-awareness";
    public const string SkilledWorkforce = "skilled-workforce";
    public const string UpToDateAnalysis = "up-to-date-analysis";
    public const string EffectiveInterventions = "effective-interventions";

    public static readonly IReadOnlyList<string> All =
        [PublicAwareness, SkilledWorkforce, UpToDateAnalysis, EffectiveInterventions];

    public static bool IsEnabler(string? value) => value is not null && All.Contains(value);
}
