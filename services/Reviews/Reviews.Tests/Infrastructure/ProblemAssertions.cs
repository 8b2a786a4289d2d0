using System.Net;
using System.Text.Json;

namespace Reviews.Tests.Infrastructure;

internal static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the given status and returns its body.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace ever leaves
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
