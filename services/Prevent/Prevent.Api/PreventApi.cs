namespace Prevent.Api;

/// <summary>Names the Prevent service's entry assembly for test hosts (<c>WebApplicationFactory&lt;PreventApi&gt;</c>).</summary>
public sealed class PreventApi
{
    /// <summary>The service's name: its route prefix, database, and the source of its own spans.</summary>
    public const string Name = "prevent";

    private PreventApi()
    {
    }
}
