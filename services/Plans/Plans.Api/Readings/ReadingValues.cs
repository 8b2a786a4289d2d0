using System.ComponentModel.DataAnnotations;
using Platform.Contracts;

namespace Plans.Api.Readings;

internal static class ReadingValues
{
    /// <summary>The value without the trailing zeros of the column's four decimal places: 12, not 12.0000.</summary>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;
}

/// <summary>Valid when empty, <c>county</c> or one of the seven district slugs.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class AreaAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || (value is string area && Districts.IsArea(area));

    public override string FormatErrorMessage(string name) =>
        $"Use county or one of: {string.Join(", ", Districts.All)}.";
}
