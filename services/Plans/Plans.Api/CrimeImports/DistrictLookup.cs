using System.Reflection;
using Plans.Api.Domain;

namespace Plans.Api.CrimeImports;

/// <summary>
/// Places an LSOA in one of the partnership's districts or out of its area (decision 0027; the data and how to replace
/// it: <c>Data/Lookups/README.md</c>). The ONS LSOA → LAD lookup decides where it lists the code; otherwise the LSOA
/// name does, whose district part (everything before the final <c>001A</c>-style suffix) is the LAD's name.
/// </summary>
public sealed class DistrictLookup
{
    public const string LookupFileSetting = "CrimeImport:LsoaLookupFile";

    private readonly Dictionary<string, string> districtByLadName;
    private readonly Dictionary<string, string> districtByLadCode;
    private readonly Dictionary<string, string?> districtByLsoaCode;

    private DistrictLookup(
        Dictionary<string, string> districtByLadName, Dictionary<string, string> districtByLadCode, Dictionary<string, string?> districtByLsoaCode)
    {
        this.districtByLadName = districtByLadName;
        this.districtByLadCode = districtByLadCode;
        this.districtByLsoaCode = districtByLsoaCode;
    }

    /// <summary>LSOA codes the ONS lookup in use lists (0 while the shipped, empty one is used).</summary>
    public int LsoaCodes => districtByLsoaCode.Count;

    /// <summary>The embedded lookups, or the ONS LSOA file at <paramref name="lsoaFile"/> when given.</summary>
    public static DistrictLookup Load(string? lsoaFile)
    {
        var districts = ReadCsv(Embedded("norfolk-local-authority-districts.csv")).ToList();
        var byCode = districts.ToDictionary(row => row["LAD22CD"], row => row["slug"], StringComparer.Ordinal);
        var byName = districts.ToDictionary(row => row["LAD22NM"], row => row["slug"], StringComparer.Ordinal);
        using var lsoas = string.IsNullOrEmpty(lsoaFile) ? Embedded("lsoa21-to-lad.csv") : File.OpenRead(lsoaFile);
        var byLsoa = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(lsoas))
        {
            var lsoa = row.First(column => column.Key.StartsWith("LSOA", StringComparison.Ordinal) && column.Key.EndsWith("CD", StringComparison.Ordinal)).Value;
            var lad = row.First(column => column.Key.StartsWith("LAD", StringComparison.Ordinal) && column.Key.EndsWith("CD", StringComparison.Ordinal)).Value;
            byLsoa[lsoa] = byCode.GetValueOrDefault(lad);
        }

        return new DistrictLookup(byName, byCode, byLsoa);
    }

    /// <summary>A district slug, or <see cref="CrimeImport.OutOfArea"/>; <see cref="CrimeImport.Unlocated"/> without an LSOA.</summary>
    public string Place(string lsoaCode, string lsoaName)
    {
        if (lsoaCode.Length == 0 && lsoaName.Length == 0)
        {
            return CrimeImport.Unlocated;
        }

        if (districtByLsoaCode.TryGetValue(lsoaCode, out var listed))
        {
            return listed ?? CrimeImport.OutOfArea;
        }

        // "Norwich 001A": the district's name, a space, three digits and a letter.
        var name = lsoaName.AsSpan().Trim();
        if (name.Length > 5 && name[^5] == ' ' && char.IsAsciiDigit(name[^4]) && char.IsAsciiDigit(name[^3]) && char.IsAsciiDigit(name[^2])
            && char.IsAsciiLetterUpper(name[^1]) && districtByLadName.TryGetValue(name[..^5].ToString(), out var district))
        {
            return district;
        }

        return CrimeImport.OutOfArea;
    }

    /// <summary>The district a local authority district code stands for, when it is one of the partnership's.</summary>
    public string? DistrictOfLad(string ladCode) => districtByLadCode.GetValueOrDefault(ladCode);

    private static Stream Embedded(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"Plans.Api.Data.Lookups.{name}")
        ?? throw new InvalidOperationException($"The embedded lookup {name} is missing.");

    private static IEnumerable<Dictionary<string, string>> ReadCsv(Stream stream)
    {
        using var records = new CsvRecords(stream);
        if (!records.Read())
        {
            yield break;
        }

        var header = Enumerable.Range(0, records.FieldCount).Select(i => records[i].ToString().Trim().TrimStart('\uFEFF')).ToArray();
        while (records.Read())
        {
            if (records.FieldCount == 1 && records[0].IsEmpty)
            {
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(header.Length, records.FieldCount); i++)
            {
                row[header[i]] = records[i].ToString().Trim();
            }

            yield return row;
        }
    }
}
