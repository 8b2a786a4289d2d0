using System.ComponentModel.DataAnnotations;
using Platform.Contracts;

namespace Plans.Api;

/// <summary>Every value is a well-formed agency slug (<see cref="Agencies.IsWellFormed"/>), e.g. norfolk-constabulary.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class AgencySlugsAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string slug => Agencies.IsWellFormed(slug) && slug.Length <= 100,
        IEnumerable<string> slugs => slugs.All(slug => Agencies.IsWellFormed(slug) && slug.Length <= 100),
        _ => false,
    };

    public override string FormatErrorMessage(string name) => "Use agencies' slugs, e.g. norfolk-constabulary.";
}
