using Platform.Contracts;

namespace Platform.Web.Forms;

/// <summary>What people call the partnership's districts and agencies (the APIs speak in slugs).</summary>
public static class Names
{
    public static readonly IReadOnlyList<(string Slug, string Name)> Districts =
    [
        (Platform.Contracts.Districts.Breckland, "Breckland"),
        (Platform.Contracts.Districts.Broadland, "Broadland"),
        (Platform.Contracts.Districts.GreatYarmouth, "Great Yarmouth"),
        (Platform.Contracts.Districts.KingsLynnWestNorfolk, "King's Lynn and West Norfolk"),
        (Platform.Contracts.Districts.NorthNorfolk, "North Norfolk"),
        (Platform.Contracts.Districts.Norwich, "Norwich"),
        (Platform.Contracts.Districts.SouthNorfolk, "South Norfolk"),
    ];

    /// <summary>The council of each district: where an incident reported "to the council" went.</summary>
    public static readonly IReadOnlyDictionary<string, string> CouncilOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Platform.Contracts.Districts.Breckland] = Agencies.BrecklandCouncil,
        [Platform.Contracts.Districts.Broadland] = Agencies.BroadlandCouncil,
        [Platform.Contracts.Districts.GreatYarmouth] = Agencies.GreatYarmouthCouncil,
        [Platform.Contracts.Districts.KingsLynnWestNorfolk] = Agencies.KingsLynnWestNorfolkCouncil,
        [Platform.Contracts.Districts.NorthNorfolk] = Agencies.NorthNorfolkCouncil,
        [Platform.Contracts.Districts.Norwich] = Agencies.NorwichCityCouncil,
        [Platform.Contracts.Districts.SouthNorfolk] = Agencies.SouthNorfolkCouncil,
    };

    private static readonly Dictionary<string, string> AgencyNames = new(StringComparer.Ordinal)
    {
        [Agencies.Opcc] = "Office of the Police and Crime Commissioner",
        [Agencies.CountyCouncil] = "Norfolk County Council",
        [Agencies.BrecklandCouncil] = "Breckland Council",
        [Agencies.BroadlandCouncil] = "Broadland District Council",
        [Agencies.GreatYarmouthCouncil] = "Great Yarmouth Borough Council",
        [Agencies.KingsLynnWestNorfolkCouncil] = "Borough Council of King's Lynn and West Norfolk",
        [Agencies.NorthNorfolkCouncil] = "North Norfolk District Council",
        [Agencies.NorwichCityCouncil] = "Norwich City Council",
        [Agencies.SouthNorfolkCouncil] = "South Norfolk Council",
        [Agencies.Constabulary] = "Norfolk Constabulary",
        [Agencies.FireRescue] = "Norfolk Fire and Rescue Service",
        [Agencies.Probation] = "Probation Service",
        [Agencies.IntegratedCareBoard] = "NHS Norfolk and Waveney",
        [Agencies.YouthJustice] = "Youth Justice Service",
    };

    public static string District(string? slug) =>
        Districts.FirstOrDefault(district => district.Slug == slug).Name ?? slug ?? "";

    public static string Agency(string? slug) => slug is not null && AgencyNames.TryGetValue(slug, out var name) ? name : slug ?? "";

    public static IEnumerable<(string Slug, string Name)> AllAgencies => AgencyNames.Select(pair => (pair.Key, pair.Value));

    /// <summary>"12 March 2026", as GOV.UK writes dates.</summary>
    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateTimeOffset? at) => at is { } value ? Date(DateOnly.FromDateTime(value.UtcDateTime)) : "";

    /// <summary>"threshold-not-met" as "Threshold not met".</summary>
    public static string Status(string? kebab) =>
        string.IsNullOrEmpty(kebab) ? "" : char.ToUpperInvariant(kebab[0]) + kebab[1..].Replace('-', ' ');
}
