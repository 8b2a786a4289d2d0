using System.Globalization;
using System.Text;

namespace Demo;

/// <summary>
/// A synthetic year of Norfolk Constabulary's police.uk street-level data in the real format, one
/// <c>YYYY-MM-norfolk-street.csv</c> per month. Every value is made up and the same for the same arguments: rows
/// spread over the seven districts roughly by population, a national-looking crime mix, anti-social behaviour
/// peaking in summer and easing over the year, about 2 % of rows without a location. LSOA names follow ONS's
/// "District 012A" form, which is how Plans places them; LSOA codes are from a range ONS does not use (E019...), so a
/// real lookup dropped in later can never move them.
/// </summary>
public static class NorfolkStreetLevel
{
    public const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private const string Force = "Norfolk Constabulary";

    public static readonly IReadOnlyList<(string Name, int Weight)> Districts =
    [
        ("Norwich", 25), ("King's Lynn and West Norfolk", 17), ("Breckland", 15), ("Great Yarmouth", 13), ("South Norfolk", 11),
        ("Broadland", 10), ("North Norfolk", 9),
    ];

    public static readonly IReadOnlyList<(string Type, int Weight)> CrimeTypes =
    [
        ("Anti-social behaviour", 20), ("Violence and sexual offences", 33), ("Public order", 8), ("Criminal damage and arson", 9),
        ("Shoplifting", 8), ("Other theft", 6), ("Vehicle crime", 4), ("Burglary", 4), ("Drugs", 3), ("Other crime", 2),
        ("Theft from the person", 1), ("Bicycle theft", 1), ("Robbery", 1), ("Possession of weapons", 1),
    ];

    /// <summary>The months the demo imports: the twelve that end with the last complete quarter before <paramref name="today"/>.</summary>
    public static IReadOnlyList<DateOnly> YearBefore(DateOnly today)
    {
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return Enumerable.Range(0, 12).Select(i => quarterStart.AddMonths(i - 12)).ToList();
    }

    public static string FileName(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "-norfolk-street.csv";

    /// <summary>One month's file: about <paramref name="rowsPerMonth"/> rows, ASB adjusted for the season and the year's easing.</summary>
    /// <param name="index">The month's place in the year (0 first), for the easing trend.</param>
    public static string Month(DateOnly month, int index, int rowsPerMonth = 6000)
    {
        var random = new Random((month.Year * 100) + month.Month);
        var monthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var csv = new StringBuilder(rowsPerMonth * 180).Append(Header).Append('\n');
        var id = 0;
        foreach (var (type, typeWeight) in CrimeTypes)
        {
            var seasonal = type == "Anti-social behaviour" ? (month.Month is >= 6 and <= 8 ? 1.3 : 1.0) * (1 - (0.02 * index)) : 1.0;
            var rows = (int)Math.Round(rowsPerMonth * typeWeight / 100.0 * seasonal * (0.95 + (random.NextDouble() * 0.1)));
            for (var r = 0; r < rows; r++)
            {
                var crimeId = type == "Anti-social behaviour" ? "" : $"{(month.Year * 100) + month.Month:x6}{++id:x8}{new string('d', 50)}";
                csv.Append(crimeId).Append(',').Append(monthText).Append(',').Append(Force).Append(',').Append(Force).Append(',');
                if (random.NextDouble() < 0.02)
                {
                    csv.Append(",,No location,,,");
                }
                else
                {
                    var district = Pick(Districts, random);
                    var msoa = random.Next(1, 40);
                    var letter = (char)('A' + random.Next(0, 5));
                    var code = string.Create(CultureInfo.InvariantCulture, $"E019{Array.FindIndex([.. Districts], d => d.Name == district):D1}{msoa:D3}{letter - 'A':D1}");
                    var longitude = 0.4 + (random.NextDouble() * 1.3);
                    var latitude = 52.4 + (random.NextDouble() * 0.5);
                    csv.Append(CultureInfo.InvariantCulture, $"{longitude:F6},{latitude:F6},On or near Demo Street,{code},{district} {msoa:D3}{letter},");
                }

                csv.Append(type).Append(",Investigation complete; no suspect identified,\n");
            }
        }

        return csv.ToString();
    }

    private static string Pick(IReadOnlyList<(string Name, int Weight)> weighted, Random random)
    {
        var roll = random.Next(weighted.Sum(w => w.Weight));
        foreach (var (name, weight) in weighted)
        {
            if ((roll -= weight) < 0)
            {
                return name;
            }
        }

        return weighted[^1].Name;
    }
}
