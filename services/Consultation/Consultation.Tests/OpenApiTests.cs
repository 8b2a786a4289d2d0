using System.Net.Http.Json;
using System.Text.Json;
using Consultation.Tests.Infrastructure;

namespace Consultation.Tests;

public class OpenApiTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    [Fact]
    public async Task The_openapi_document_describes_the_public_and_staff_endpoints()
    {
        var document = await consultation.Public().GetFromJsonAsync<JsonElement>("/api/consultation/openapi.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/consultation/consultations", "/api/consultation/consultations/{id}/open", "/api/consultation/consultations/{id}/tallies",
            "/api/consultation/consultations/{id}/results", "/api/consultation/consultations/{id}/comments/{commentId}/coding",
            "/api/consultation/public/consultations/{id}/responses", "/api/consultation/public/consultations/{id}/you-said-we-did.html",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }
    }
}
