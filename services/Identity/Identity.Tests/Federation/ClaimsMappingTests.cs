using System.Security.Claims;
using Identity.Api.Federation;
using Platform.Contracts;

namespace Identity.Tests.Federation;

/// <summary>The mapping from an external provider's groups to platform claims is data; these pin its rules.</summary>
public class ClaimsMappingTests
{
    private static readonly ExternalProviderOptions Norwich = new()
    {
        Name = "norwich-entra",
        DisplayName = "Norwich City Council staff",
        Authority = new Uri("https://login.example/tenant/v2.0"),
        ClientId = "csp",
        ClientSecret = "s",
        Agency = Agencies.NorwichCityCouncil,
        Groups =
        [
            new GroupMapping { Group = "g-spoc", Roles = [Roles.TriggerSpoc], District = Districts.Norwich },
            new GroupMapping { Group = "g-prevent", Roles = [Roles.PreventLead], District = Districts.Norwich },
            new GroupMapping { Group = "g-analysts", Roles = [Roles.Analyst] },
            new GroupMapping { Group = "g-elsewhere", Roles = [Roles.Analyst], District = Districts.Breckland },
        ],
    };

    [Fact]
    public void Groups_become_roles_and_district_and_the_provider_decides_the_agency()
    {
        var (user, refusal) = ClaimsMapping.Map(Norwich, Person("abc", "g-spoc", "g-analysts", "g-unmapped", ("agency", Agencies.Opcc)));

        Assert.Null(refusal);
        Assert.Equal("norwich-entra:abc", user!.Subject);
        Assert.Equal(Agencies.NorwichCityCouncil, user.Agency);
        Assert.Equal([Roles.Analyst, Roles.TriggerSpoc], user.Roles);
        Assert.Equal(Districts.Norwich, user.District);
        Assert.Equal("Pat Example", user.DisplayName);
    }

    [Fact]
    public void A_person_in_no_mapped_group_is_refused()
    {
        var (user, refusal) = ClaimsMapping.Map(Norwich, Person("abc", "g-unmapped"));

        Assert.Null(user);
        Assert.Contains("no role on this platform", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_giving_two_districts_are_refused_rather_than_guessed()
    {
        var (user, refusal) = ClaimsMapping.Map(Norwich, Person("abc", "g-spoc", "g-elsewhere"));

        Assert.Null(user);
        Assert.Contains("more than one district", refusal, StringComparison.Ordinal);
    }

    private static ClaimsPrincipal Person(string subject, params object[] groupsAndClaims)
    {
        var claims = new List<Claim> { new("sub", subject), new("name", "Pat Example") };
        foreach (var item in groupsAndClaims)
        {
            claims.Add(item is (string type, string value) ? new Claim(type, value) : new Claim("groups", (string)item));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "external"));
    }
}
