namespace Plans.Api.Domain;

/// <summary>Dates are counted as people in England see them, whatever the server's zone.</summary>
public static class UkDate
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);
}
