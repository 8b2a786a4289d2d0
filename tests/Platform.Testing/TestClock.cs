namespace Platform.Testing;

/// <summary>The service's idea of now, set by the test: deadlines and windows are checked on chosen dates.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
