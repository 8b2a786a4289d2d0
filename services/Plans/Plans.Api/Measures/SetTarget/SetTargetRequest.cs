using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;

namespace Plans.Api.Measures.SetTarget;

/// <summary>The baseline, and the target to reach from it (leave <c>target</c> out to have none, or to remove it).</summary>
public sealed record SetTargetRequest(
    [property: Required] BaselineRequest? Baseline,
    TargetRequest? Target = null);

/// <param name="Period">The quarter the baseline figure is for, e.g. <c>2024-Q1</c>.</param>
/// <param name="Value">The county-wide figure in that quarter.</param>
public sealed record BaselineRequest(
    [property: Required] Quarter? Period,
    [property: Range(typeof(decimal), "-99999999999999", "99999999999999")] decimal Value)
{
    public Baseline ToBaseline() => new(Period!.Value, Value);
}

/// <param name="Value">The county-wide figure to reach.</param>
/// <param name="By">The quarter by which to reach it.</param>
/// <param name="Statement">The commitment in the plan's words, e.g. "Reduce ASB reported to the police by 30 % over 2025–28".</param>
public sealed record TargetRequest(
    [property: Range(typeof(decimal), "-99999999999999", "99999999999999")] decimal Value,
    [property: Required] Quarter? By,
    [property: StringLength(500)] string? Statement = null)
{
    public Target ToTarget() => new(Value, By!.Value, string.IsNullOrWhiteSpace(Statement) ? null : Statement.Trim());
}
