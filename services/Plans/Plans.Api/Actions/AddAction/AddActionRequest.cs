using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;

namespace Plans.Api.Actions.AddAction;

public sealed record AddActionRequest(
    [property: Required, StringLength(4000, MinimumLength = 3)] string Description,
    [property: Required, StringLength(100), AgencySlugs] string OwnerAgency,
    DateOnly DueOn,
    [property: Required, Length(0, 20)] IReadOnlyList<MilestoneRequest> Milestones,
    [property: Required, StringLength(1000, MinimumLength = 3)] string SuccessMeasure,
    [property: Required, AllowedValues(Enablers.PublicAwareness, Enablers.SkilledWorkforce, Enablers.UpToDateAnalysis, Enablers.EffectiveInterventions, ErrorMessage = EnablerNames.Message)] string Enabler);

public sealed record MilestoneRequest(
    [property: Required, StringLength(300, MinimumLength = 3)] string Title,
    DateOnly DueOn);

internal static class EnablerNames
{
    public const string Message =
        "Use one of: " + Enablers.PublicAwareness + ", " + Enablers.SkilledWorkforce + ", " + Enablers.UpToDateAnalysis + ", " + Enablers.EffectiveInterventions + ".";
}
