namespace Plans.Api.Domain;

/// <summary>
/// A long-term outcome of the partnership's plan (e.g. "1. Fewer people are victims of crime"), tracked through its
/// measures' readings.
/// </summary>
public sealed class Outcome
{
    private Outcome()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The outcome's number in the plan; unique.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public DateTimeOffset DefinedAt { get; private set; }

    public uint Version { get; private set; }

    public static Outcome Define(int number, string title, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Number = number,
        Title = title,
        DefinedAt = now,
    };
}
