using System.Net.Http.Json;
using System.Text.Json;
using Funding.Tests.Infrastructure;

namespace Funding.Tests;

public class OpenApiTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_funds_applications_grants_and_the_publication_to_anyone()
    {
        var document = await funding.Anonymous().GetFromJsonAsync<JsonElement>("/api/funding/openapi.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/funding/funds", "/api/funding/funds/{id}/ledger", "/api/funding/rounds", "/api/funding/applications",
            "/api/funding/applications/{id}/decision", "/api/funding/grants/{id}/claims", "/api/funding/grants/{id}/returns",
            "/api/funding/returns/late", "/api/funding/publication/360giving.json", "/api/funding/publication/360giving.csv",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the document");
        }
    }
}
