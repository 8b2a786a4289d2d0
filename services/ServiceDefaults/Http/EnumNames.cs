using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Enum values as clients write them everywhere (JSON bodies, query strings, audit records): kebab-case names,
/// e.g. <c>at-risk</c>. Query strings bind to <see cref="string"/> checked by <see cref="OneOfEnumNamesAttribute"/>,
/// because minimal APIs parse enums case-sensitively by their C# names.
/// </summary>
public static class EnumNames
{
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IReadOnlyList<string> Names(Type enumType) =>
        Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName).ToList();

    /// <summary>Null for a missing value; otherwise the value named, or an exception for a name the validator let through.</summary>
    public static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is null
            ? null
            : Enum.GetValues<TEnum>().Single(value => NameOf(value) == text);
}

/// <summary>Validates that a string is one of an enum's kebab-case names; the message lists them.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfEnumNamesAttribute(Type enumType) : ValidationAttribute
{
    public Type EnumType { get; } = enumType;

    public override bool IsValid(object? value) =>
        value is null || (value is string text && EnumNames.Names(EnumType).Contains(text));

    public override string FormatErrorMessage(string name) =>
        $"Use one of: {string.Join(", ", EnumNames.Names(EnumType))}.";
}
