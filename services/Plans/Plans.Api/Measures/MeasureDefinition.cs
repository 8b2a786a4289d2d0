using System.ComponentModel.DataAnnotations;
using Plans.Api.Domain;

namespace Plans.Api.Measures;

/// <summary>A unit is a slug: <c>count</c>, <c>percent</c>, <c>rate-per-1000</c>, <c>rate-per-100000</c>, <c>gbp</c>, ...</summary>
internal static class UnitSlug
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "Use a unit slug, e.g. count, percent or rate-per-1000.";
}

/// <summary>Valid when empty or one of <see cref="DerivedSources.All"/>; the message lists them.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DerivedSourceAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || (value is string key && DerivedSources.IsKnown(key));

    public override string FormatErrorMessage(string name) =>
        $"Leave empty for a measure analysts enter, or use one of: {string.Join(", ", DerivedSources.All)}, {DerivedSources.ConsultationResultPrefix}<result code> or {DerivedSources.FundingReturnPrefix}<measure name>.";
}
