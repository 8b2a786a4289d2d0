using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Benchmarks.PlansImport;

/// <summary>
/// A synthetic year of national police.uk street-level data in the real format: one zip per month, one
/// <c>YYYY-MM-force-street.csv</c> per force in it, as data.police.uk publishes the archive. Every value is made up
/// (no download): 43 forces, each with its own block of LSOA codes; Norfolk's LSOAs are named after its seven
/// districts, every other force's after itself, so Norfolk's rows land in districts and the rest out of area. About
/// 2 % of rows have no location, and ASB rows have no Crime ID, as in the real files.
/// </summary>
internal static class StreetLevelGenerator
{
    public static readonly string[] Forces =
    [
        "avon-and-somerset", "bedfordshire", "btp", "cambridgeshire", "cheshire", "city-of-london", "cleveland", "cumbria",
        "derbyshire", "devon-and-cornwall", "dorset", "durham", "dyfed-powys", "essex", "gloucestershire", "greater-manchester",
        "gwent", "hampshire", "hertfordshire", "humberside", "kent", "lancashire", "leicestershire", "lincolnshire", "merseyside",
        "metropolitan", "norfolk", "north-wales", "north-yorkshire", "northamptonshire", "northumbria", "nottinghamshire",
        "south-wales", "south-yorkshire", "staffordshire", "suffolk", "surrey", "sussex", "thames-valley", "warwickshire",
        "west-mercia", "west-midlands", "west-yorkshire",
    ];

    private static readonly string[] NorfolkDistricts =
        ["Breckland", "Broadland", "Great Yarmouth", "King's Lynn and West Norfolk", "North Norfolk", "Norwich", "South Norfolk"];

    // Roughly the national mix: ASB and violence lead.
    private static readonly (string Type, int Weight)[] CrimeTypes =
    [
        ("Anti-social behaviour", 22), ("Violence and sexual offences", 30), ("Public order", 8), ("Criminal damage and arson", 8),
        ("Shoplifting", 7), ("Other theft", 6), ("Vehicle crime", 5), ("Burglary", 4), ("Drugs", 3), ("Other crime", 2),
        ("Theft from the person", 2), ("Bicycle theft", 1), ("Robbery", 1), ("Possession of weapons", 1),
    ];

    private const int LsoasPerForce = 900;

    /// <summary>Writes <paramref name="rows"/> rows over <paramref name="months"/> months from January 2024; returns the zips in month order.</summary>
    public static IReadOnlyList<string> Write(string directory, int rows, int months)
    {
        var weighted = CrimeTypes.SelectMany(t => Enumerable.Repeat(t.Type, t.Weight)).ToArray();
        var perFile = Math.Max(1, rows / (months * Forces.Length));
        var random = new Random(20240101);
        var zips = new List<string>();
        for (var m = 0; m < months; m++)
        {
            var month = new DateOnly(2024, 1, 1).AddMonths(m).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var path = Path.Combine(directory, $"{month}.zip");
            using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                for (var f = 0; f < Forces.Length; f++)
                {
                    var force = Forces[f];
                    var forceName = force == "btp" ? "British Transport Police" : string.Join(' ', force.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + (force == "metropolitan" ? " Police Service" : " Constabulary");
                    var entry = archive.CreateEntry($"{month}/{month}-{force}-street.csv", CompressionLevel.Fastest);
                    using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false), 1 << 16);
                    writer.Write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
                    var line = new StringBuilder(256);
                    for (var r = 0; r < perFile; r++)
                    {
                        var type = weighted[random.Next(weighted.Length)];
                        line.Clear();
                        if (type != "Anti-social behaviour")
                        {
                            line.Append(CultureInfo.InvariantCulture, $"{random.NextInt64():x16}{random.NextInt64():x16}{random.NextInt64():x16}{random.NextInt64():x16}");
                        }

                        line.Append(',').Append(month).Append(',').Append(forceName).Append(',').Append(forceName).Append(',');
                        if (random.Next(50) == 0)
                        {
                            line.Append(",,No location,,,");
                        }
                        else
                        {
                            var lsoa = random.Next(LsoasPerForce);
                            var name = force == "norfolk"
                                ? $"{NorfolkDistricts[lsoa % NorfolkDistricts.Length]} {(lsoa / NorfolkDistricts.Length) + 1:D3}{(char)('A' + (lsoa % 4))}"
                                : $"{forceName} {lsoa + 1:D3}{(char)('A' + (lsoa % 4))}";
                            line.Append(CultureInfo.InvariantCulture, $"{-1 + (random.NextDouble() * 2):F6},{51 + (random.NextDouble() * 2):F6},On or near Synthetic Street,E01{(f * 1000) + lsoa:D6},{name},");
                        }

                        line.Append(type).Append(type == "Anti-social behaviour" ? ",," : ",Investigation complete; no suspect identified,").Append('\n');
                        writer.Write(line);
                    }
                }
            }

            zips.Add(path);
        }

        return zips;
    }
}
