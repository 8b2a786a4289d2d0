namespace Platform.ServiceDefaults.Time;

/// <summary>Days as people in England see them, whatever the server's zone: deadlines, "today", quarters.</summary>
public static class UkDate
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    public static DateOnly Today(this TimeProvider clock) => Of(clock.GetUtcNow());
}
