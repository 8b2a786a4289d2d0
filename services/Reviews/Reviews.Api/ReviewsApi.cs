namespace Reviews.Api;

/// <summary>
/// Names the Reviews service's entry assembly for test hosts (<c>WebApplicationFactory&lt;ReviewsApi&gt;</c>).
/// </summary>
public sealed class ReviewsApi
{
    private ReviewsApi()
    {
    }
}
