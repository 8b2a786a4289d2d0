namespace Identity.Api;

/// <summary>Names the identity service's entry assembly for test hosts (<c>WebApplicationFactory&lt;IdentityApi&gt;</c>).</summary>
public sealed class IdentityApi
{
    private IdentityApi()
    {
    }
}
