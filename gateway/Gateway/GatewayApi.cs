namespace Platform.Gateway;

/// <summary>
/// Names the gateway's entry assembly for test hosts (<c>WebApplicationFactory&lt;GatewayApi&gt;</c>), like every
/// service's marker type, so one test can host the gateway beside services without <c>Program</c> classes colliding.
/// </summary>
public sealed class GatewayApi
{
    private GatewayApi()
    {
    }
}
