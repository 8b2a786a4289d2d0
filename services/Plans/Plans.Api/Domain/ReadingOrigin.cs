namespace Plans.Api.Domain;

/// <summary>Where a reading's value came from: typed in by an analyst, or counted from other services' events.</summary>
public enum ReadingOrigin
{
    Analyst,
    Derived,
}
