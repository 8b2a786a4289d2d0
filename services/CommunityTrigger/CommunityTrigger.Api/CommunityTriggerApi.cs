namespace CommunityTrigger.Api;

/// <summary>
/// Names the Community Trigger service's entry assembly for test hosts (<c>WebApplicationFactory&lt;CommunityTriggerApi&gt;</c>).
/// </summary>
public sealed class CommunityTriggerApi
{
    private CommunityTriggerApi()
    {
    }
}
