namespace Plans.Api;

/// <summary>
/// Names the Plans service's entry assembly for test hosts (<c>WebApplicationFactory&lt;PlansApi&gt;</c>); every
/// service has one so a test can host several services without their <c>Program</c> classes colliding.
/// </summary>
public sealed class PlansApi
{
    private PlansApi()
    {
    }
}
