namespace Prevent.Tests.Infrastructure;

/// <summary>The service's idea of now, set by the test: deadlines and windows are checked on chosen dates.</summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>Tuesday 15 July 2025, 10:00 in England.</summary>
    public static readonly DateTimeOffset Default = new(2025, 7, 15, 9, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = Default;

    public override DateTimeOffset GetUtcNow() => Now;
}
