namespace Plans.Api.Domain;

/// <summary>Reference data: a responsible authority of the partnership (slugs as in <c>Platform.Contracts.Agencies</c>).</summary>
public sealed class Agency
{
    private Agency()
    {
    }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>What sort of authority it is, e.g. <c>local-authority</c>, <c>police</c>, <c>health</c>.</summary>
    public string Kind { get; private set; } = "";
}
