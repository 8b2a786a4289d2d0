using Platform.Contracts;

namespace Plans.Api.Domain;

/// <summary>
/// What the strategic assessment found in the police-recorded crime of a year: the imported counts per crime type and
/// place, and a copy of the harm weights they were weighed with. Rows without a location (<see cref="CrimeImport.Unlocated"/>)
/// count towards a crime type's county harm but belong to no district; rows outside the partnership's area are not
/// the partnership's and are left out. Harm is ranked three ways, each item with an evidence key a priority cites.
/// </summary>
/// <param name="MonthsImported">The months of the year with imported data, so a year with gaps says so.</param>
public sealed record CrimeEvidence(
    int DataYear,
    IReadOnlyList<DateOnly> MonthsImported,
    string WeightsSource,
    string WeightsVersion,
    IReadOnlyList<HarmWeight> Weights,
    IReadOnlyList<CrimeCount> Counts,
    DateTimeOffset CompiledAt)
{
    public static CrimeEvidence Compile(
        int dataYear, IReadOnlyList<DateOnly> monthsImported, IEnumerable<CrimeCount> counts, HarmIndex weights, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var partnership = counts
            .Where(c => c.Place != CrimeImport.OutOfArea && c.Rows > 0)
            .GroupBy(c => (c.CrimeType, c.Place))
            .Select(g => new CrimeCount(g.Key.CrimeType, g.Key.Place, g.Sum(c => c.Rows)))
            .OrderBy(c => c.CrimeType, StringComparer.Ordinal).ThenBy(c => c.Place, StringComparer.Ordinal)
            .ToList();
        return new CrimeEvidence(dataYear, [.. monthsImported.Order()], weights.Source, weights.SourceVersion, [.. weights.Weights], partnership, now);
    }

    /// <summary>Crime types by county-wide harm (located and unlocated rows), most harmful first.</summary>
    public IReadOnlyList<HarmRank> ByCrimeType() => Ranked(Counts.GroupBy(c => c.CrimeType).Select(g => Item(Evidence.CrimeType(g.Key), g.Key, null, g)));

    /// <summary>Districts by harm of all located crime, most harmful first.</summary>
    public IReadOnlyList<HarmRank> ByDistrict() =>
        Ranked(Counts.Where(c => Districts.IsDistrict(c.Place)).GroupBy(c => c.Place).Select(g => Item(Evidence.District(g.Key), null, g.Key, g)));

    /// <summary>Each crime type in each district, most harmful first: where the harm concentrates.</summary>
    public IReadOnlyList<HarmRank> ByCrimeTypeAndDistrict() =>
        Ranked(Counts.Where(c => Districts.IsDistrict(c.Place)).Select(c => Item(Evidence.CrimeTypeInDistrict(c.CrimeType, c.Place), c.CrimeType, c.Place, [c])));

    /// <summary>Every evidence key this evidence offers a priority to answer.</summary>
    public IEnumerable<string> EvidenceKeys() =>
        ByCrimeType().Concat(ByDistrict()).Concat(ByCrimeTypeAndDistrict()).Select(r => r.Evidence);

    private decimal WeightOf(string crimeType) => Weights.FirstOrDefault(w => w.CrimeType == crimeType)?.Weight ?? 0;

    private (string Evidence, string? CrimeType, string? Area, int Count, decimal Harm) Item(
        string evidence, string? crimeType, string? area, IEnumerable<CrimeCount> counts)
    {
        var list = counts.ToList();
        return (evidence, crimeType, area, list.Sum(c => c.Rows), list.Sum(c => c.Rows * WeightOf(c.CrimeType)));
    }

    private static List<HarmRank> Ranked(IEnumerable<(string Evidence, string? CrimeType, string? Area, int Count, decimal Harm)> items)
    {
        var list = items.OrderByDescending(i => i.Harm).ThenByDescending(i => i.Count).ThenBy(i => i.Evidence, StringComparer.Ordinal).ToList();
        var total = list.Sum(i => i.Harm);
        return list.Select((i, index) => new HarmRank(
                index + 1, i.Evidence, i.CrimeType, i.Area, i.Count, i.Harm,
                total == 0 ? 0 : Math.Round(i.Harm / total * 100, 1, MidpointRounding.AwayFromZero)))
            .ToList();
    }
}

/// <param name="Evidence">The key a priority cites to say it answers this finding, e.g. <c>crime-type/Burglary/norwich</c>.</param>
/// <param name="SharePercent">Share of the ranking's total harm.</param>
public sealed record HarmRank(int Rank, string Evidence, string? CrimeType, string? Area, int Count, decimal Harm, decimal SharePercent);

/// <summary>The keys of an assessment's findings: its key risks (1-based) and its harm rankings.</summary>
public static class Evidence
{
    public static string KeyRisk(int number) => $"key-risk/{number}";

    public static string CrimeType(string crimeType) => $"crime-type/{crimeType}";

    public static string District(string district) => $"district/{district}";

    public static string CrimeTypeInDistrict(string crimeType, string district) => $"crime-type/{crimeType}/{district}";
}
