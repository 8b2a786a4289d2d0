namespace CommunityTrigger.Api.Domain;

/// <summary>A span of calendar months and days, as local policy words it: "six months", "one month", "28 days".</summary>
public sealed record CalendarPeriod
{
    public int Months { get; init; }

    public int Days { get; init; }

    public static CalendarPeriod OfMonths(int months) => new() { Months = months };

    public static CalendarPeriod OfDays(int days) => new() { Days = days };

    /// <summary>The same day <see cref="Months"/> later (the month's last day when it is shorter), then <see cref="Days"/> on.</summary>
    public DateOnly After(DateOnly date) => date.AddMonths(Months).AddDays(Days);

    public DateOnly Before(DateOnly date) => date.AddMonths(-Months).AddDays(-Days);

    public override string ToString() => (Months, Days) switch
    {
        (0, var days) => Plural(days, "day"),
        (var months, 0) => Plural(months, "month"),
        var (months, days) => $"{Plural(months, "month")} and {Plural(days, "day")}",
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
