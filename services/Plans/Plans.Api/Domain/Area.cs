namespace Plans.Api.Domain;

/// <summary>Reference data: the county or one of its seven districts (slugs as in <c>Platform.Contracts.Districts</c>).</summary>
public sealed class Area
{
    private Area()
    {
    }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary><c>county</c> or <c>district</c>.</summary>
    public string Kind { get; private set; } = "";
}
