using System.Net.Http.Json;
using System.Text.Json;
using Reviews.Tests.Infrastructure;

namespace Reviews.Tests;

public class OpenApiTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_the_review_lifecycle()
    {
        var document = await reviews.CreateClient().GetFromJsonAsync<JsonElement>("/api/reviews/openapi.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/reviews/notifications", out _));
        Assert.True(paths.TryGetProperty("/api/reviews/{id}/decision", out _));
        Assert.True(paths.TryGetProperty("/api/reviews/{id}/report/publication", out _));
        Assert.True(paths.TryGetProperty("/api/reviews/{id}/restricted", out _));
        Assert.True(paths.TryGetProperty("/api/reviews/thematic", out _));
    }
}
