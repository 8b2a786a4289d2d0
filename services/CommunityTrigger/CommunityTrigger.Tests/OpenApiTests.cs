using System.Net.Http.Json;
using System.Text.Json;
using CommunityTrigger.Tests.Infrastructure;

namespace CommunityTrigger.Tests;

public class OpenApiTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_the_public_and_staff_endpoints()
    {
        var document = await trigger.Public().GetFromJsonAsync<JsonElement>("/api/community-trigger/openapi.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/community-trigger/applications", out _));
        Assert.True(paths.TryGetProperty("/api/community-trigger/status", out _));
        Assert.True(paths.TryGetProperty("/api/community-trigger/cases/{id}/threshold-decision", out _));
        Assert.True(paths.TryGetProperty("/api/community-trigger/publication/{year}", out _));
    }
}
