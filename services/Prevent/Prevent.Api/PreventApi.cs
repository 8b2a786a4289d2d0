namespace Prevent.Api;

/// <summary>Names the Prevent service's entry assembly for test hosts (<c>WebApplicationFactory&lt;PreventApi&gt;</c>).</summary>
public sealed class PreventApi
{
    private PreventApi()
    {
    }
}
