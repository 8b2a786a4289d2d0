using System.ComponentModel.DataAnnotations;
using Platform.Contracts;

namespace Reviews.Api.Cases;

internal static class AgencySlug
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "Use the agency's slug, e.g. norfolk-constabulary.";
}

/// <summary>One of Norfolk's district slugs; the message lists them.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DistrictAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || Districts.IsDistrict(value as string);

    public override string FormatErrorMessage(string name) => $"Use one of: {string.Join(", ", Districts.All)}.";
}
