using Plans.Api.CrimeImports;

namespace Plans.Tests.CrimeImports;

public class DistrictLookupTests
{
    private static readonly DistrictLookup Lookup = DistrictLookup.Load(lsoaFile: null);

    [Theory]
    [InlineData("E01026500", "Norwich 001A", "norwich")]
    [InlineData("E01026501", "North Norfolk 012C", "north-norfolk")]
    [InlineData("E01026502", "King's Lynn and West Norfolk 018C", "kings-lynn-west-norfolk")]
    [InlineData("E01030000", "Mid Suffolk 003B", "out-of-area")]
    [InlineData("E01030001", "Norwich", "out-of-area")] // no MSOA suffix: not an LSOA name, so not guessed
    [InlineData("E01030002", "Norwich North 001A", "out-of-area")]
    [InlineData("", "", "unlocated")]
    public void An_lsoa_is_placed_by_the_district_its_name_begins_with_and_nothing_else_is_guessed(string code, string name, string place) =>
        Assert.Equal(place, Lookup.Place(code, name));

    [Fact]
    public void The_ons_lookup_when_given_decides_over_the_name()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "LSOA21CD,LSOA21NM,LAD22CD,LAD22NM,ObjectId\nE01026500,Norwich 001A,E07000149,South Norfolk,1\nE01099999,Norwich 002A,E07000200,Babergh,2\n");
        try
        {
            var lookup = DistrictLookup.Load(file);

            Assert.Equal(("south-norfolk", "out-of-area", "norwich"),
                (lookup.Place("E01026500", "Norwich 001A"), lookup.Place("E01099999", "Norwich 002A"), lookup.Place("E01026777", "Norwich 003A")));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
