using Reviews.Api.Domain;

namespace Reviews.Tests.Domain;

/// <summary>A review manager finds the same review whichever name they know it by.</summary>
public class ReviewNamesTests
{
    private static readonly ReviewCase Review = ReviewCase.Notify(
        new Notification(new DateOnly(2026, 1, 10), "great-yarmouth", 34, Relationship.Relative, false, true, false, CriminalOutcome.NoCharge),
        "DHR-2026-0007", new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.Zero), new TimescalePolicy());

    public static TheoryData<string, bool> Searches => new()
    {
        { "DHR-2026-0007", true },
        { "DARDR-2026-0007", true },
        { "dardr 2026 0007", true },
        { "dhr-2026", true },
        { "DARDR-2026-0008", false },
        { "DHR-2025", false },
        { "2026-0007", true },
        { "Domestic Homicide Review", true },
        { "domestic homicide reviews", true },
        { "Domestic Abuse Related Death Review", true },
        { "domestic abuse-related death reviews", true },
        { "DHR", true },
        { "dardr", true },
        { "homicide", true },
        { "Great Yarmouth", true },
        { "breckland", false },
        { "Safeguarding Adults Review", false },
        { "  ", true },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Either_name_or_reference_form_finds_the_review(string search, bool found)
    {
        Assert.Equal(found, ReviewNames.Matches(Review, search));
    }

    [Fact]
    public void Every_reference_also_has_its_DARDR_form()
    {
        Assert.Equal("DARDR-2026-0007", ReviewNames.AlsoKnownAs(Review.Reference));
        Assert.Contains("Domestic Homicide Review", ReviewNames.Label, StringComparison.Ordinal);
        Assert.Contains("Domestic Abuse Related Death Review", ReviewNames.Label, StringComparison.Ordinal);
    }
}
