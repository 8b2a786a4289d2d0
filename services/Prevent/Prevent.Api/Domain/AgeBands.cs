namespace Prevent.Api.Domain;

/// <summary>The Home Office Prevent statistics' age bands; the bands split at 18 so consent rules can be applied.</summary>
public static class AgeBands
{
    public const string Under15 = "under-15";
    public const string From15To17 = "15-17";
    public const string From18To20 = "18-20";
    public const string From21To30 = "21-30";
    public const string From31To40 = "31-40";
    public const string From41To50 = "41-50";
    public const string From51To60 = "51-60";
    public const string Over60 = "61-plus";

    public static readonly IReadOnlyList<string> All =
        [Under15, From15To17, From18To20, From21To30, From31To40, From41To50, From51To60, Over60];

    public static bool IsBand(string? value) => value is not null && All.Contains(value);

    public static bool IsUnder18(string band) => band is Under15 or From15To17;

    public static int AgeOn(DateOnly dateOfBirth, DateOnly day)
    {
        var age = day.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > day ? age - 1 : age;
    }

    public static string Of(DateOnly dateOfBirth, DateOnly day) => AgeOn(dateOfBirth, day) switch
    {
        < 15 => Under15,
        <= 17 => From15To17,
        <= 20 => From18To20,
        <= 30 => From21To30,
        <= 40 => From31To40,
        <= 50 => From41To50,
        <= 60 => From51To60,
        _ => Over60,
    };
}
