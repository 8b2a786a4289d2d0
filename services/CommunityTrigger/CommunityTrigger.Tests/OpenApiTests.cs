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

    [Fact]
    public async Task The_openapi_document_asks_for_a_bearer_token_on_staff_endpoints_and_none_on_public_ones()
    {
        var document = await trigger.Public().GetFromJsonAsync<JsonElement>("/api/community-trigger/openapi.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        var paths = document.GetProperty("paths");
        var apply = paths.GetProperty("/api/community-trigger/applications").GetProperty("post");
        Assert.Equal(0, apply.GetProperty("security").GetArrayLength());
        var decide = paths.GetProperty("/api/community-trigger/cases/{id}/threshold-decision").EnumerateObject().First().Value;
        Assert.True(Assert.Single(decide.GetProperty("security").EnumerateArray()).TryGetProperty("Bearer", out _));
    }
}
