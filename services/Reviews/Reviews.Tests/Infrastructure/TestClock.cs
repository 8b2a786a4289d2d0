namespace Reviews.Tests.Infrastructure;

/// <summary>The service's idea of now, set by the test: deadlines and windows are checked on chosen dates.</summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Monday 12 January 2026, 09:00 in England.</summary>
    public static readonly DateTimeOffset Default = new(2026, 1, 12, 9, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = Default;

    public override DateTimeOffset GetUtcNow() => Now;
}
