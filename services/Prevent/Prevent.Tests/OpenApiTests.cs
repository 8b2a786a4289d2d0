using System.Net.Http.Json;
using System.Text.Json;
using Prevent.Tests.Infrastructure;

namespace Prevent.Tests;

public class OpenApiTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_intake_casework_and_statistics()
    {
        var document = await prevent.CreateClient().GetFromJsonAsync<JsonElement>("/api/prevent/openapi.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/prevent/referrals", out _));
        Assert.True(paths.TryGetProperty("/api/prevent/referrals/{id}/status", out _));
        Assert.True(paths.TryGetProperty("/api/prevent/referrals/{id}/panel-decision", out _));
        Assert.True(paths.TryGetProperty("/api/prevent/statistics/{year}/q{quarter}", out _));
    }
}
