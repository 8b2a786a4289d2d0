namespace Platform.Contracts;

/// <summary>Norfolk's seven districts, spelt as in tokens, data, events and URLs; <see cref="County"/> is county-wide.</summary>
public static class Districts
{
    public const string Breckland = "breckland";
    public const string Broadland = "broadland";
    public const string GreatYarmouth = "great-yarmouth";
    public const string KingsLynnWestNorfolk = "kings-lynn-west-norfolk";
    public const string NorthNorfolk = "north-norfolk";
    public const string Norwich = "norwich";
    public const string SouthNorfolk = "south-norfolk";
    public const string County = "county";

    public static readonly IReadOnlyList<string> All =
        [Breckland, Broadland, GreatYarmouth, KingsLynnWestNorfolk, NorthNorfolk, Norwich, SouthNorfolk];

    public static bool IsDistrict(string? value) => value is not null && All.Contains(value);

    public static bool IsArea(string? value) => value == County || IsDistrict(value);
}
