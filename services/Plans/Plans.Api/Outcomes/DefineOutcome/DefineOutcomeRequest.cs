using System.ComponentModel.DataAnnotations;

namespace Plans.Api.Outcomes.DefineOutcome;

public sealed record DefineOutcomeRequest(
    [property: Range(1, 999)] int Number,
    [property: Required, StringLength(300, MinimumLength = 3)] string Title);
