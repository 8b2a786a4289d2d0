using System.ComponentModel.DataAnnotations;
using Platform.Contracts;

namespace Plans.Api.DeliveryGroups.CreateDeliveryGroup;

public sealed record CreateDeliveryGroupRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Name,
    [property: Required, StringLength(2000)] string Purpose,
    [property: Required, StringLength(100), AgencySlugs] string ChairAgency,
    [property: Required, Length(0, 50), AgencySlugs] IReadOnlyList<string> MemberAgencies);

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
