using System.Text.RegularExpressions;

namespace Platform.Contracts;

/// <summary>The partnership's responsible authorities. Other partners get slugs of the same form.</summary>
public static partial class Agencies
{
    public const string Opcc = "norfolk-opcc";
    public const string CountyCouncil = "norfolk-county-council";
    public const string BrecklandCouncil = "breckland-council";
    public const string BroadlandCouncil = "broadland-council";
    public const string GreatYarmouthCouncil = "great-yarmouth-council";
    public const string KingsLynnWestNorfolkCouncil = "kings-lynn-west-norfolk-council";
    public const string NorthNorfolkCouncil = "north-norfolk-council";
    public const string NorwichCityCouncil = "norwich-city-council";
    public const string SouthNorfolkCouncil = "south-norfolk-council";
    public const string Constabulary = "norfolk-constabulary";
    public const string FireRescue = "norfolk-fire-rescue";
    public const string Probation = "probation-service";
    public const string IntegratedCareBoard = "norfolk-waveney-icb";
    public const string YouthJustice = "youth-justice";

    public static readonly IReadOnlyList<string> ResponsibleAuthorities =
    [
        Opcc, CountyCouncil, BrecklandCouncil, BroadlandCouncil, GreatYarmouthCouncil, KingsLynnWestNorfolkCouncil,
        NorthNorfolkCouncil, NorwichCityCouncil, SouthNorfolkCouncil, Constabulary, FireRescue, Probation,
        IntegratedCareBoard, YouthJustice,
    ];

    /// <summary>A well-formed agency slug: lower-case words joined by hyphens.</summary>
    public static bool IsWellFormed(string? value) => value is not null && SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
