namespace Plans.Api.Domain;

/// <summary>
/// The crime types of police.uk's street-level data (its "Crime type" column), spelt exactly as the files spell them.
/// Anti-social behaviour rows are the ones with an empty Crime ID.
/// </summary>
public static class PoliceCrimeTypes
{
    public const string AntiSocialBehaviour = "Anti-social behaviour";
    public const string Burglary = "Burglary";
    public const string Robbery = "Robbery";
    public const string ViolenceAndSexualOffences = "Violence and sexual offences";
    public const string VehicleCrime = "Vehicle crime";
    public const string Drugs = "Drugs";

    public static readonly IReadOnlyList<string> All =
    [
        AntiSocialBehaviour,
        "Bicycle theft",
        Burglary,
        "Criminal damage and arson",
        Drugs,
        "Other crime",
        "Other theft",
        "Possession of weapons",
        "Public order",
        Robbery,
        "Shoplifting",
        "Theft from the person",
        VehicleCrime,
        ViolenceAndSexualOffences,
    ];

    public static bool IsKnown(string? crimeType) => crimeType is not null && All.Contains(crimeType);
}
