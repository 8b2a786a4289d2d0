using System.Net.Http.Headers;
using EndToEnd.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;

namespace EndToEnd.Tests;

/// <summary>
/// Issue 14: generated bad input to every operation of every service's OpenAPI document, through the gateway as a
/// caller holding every role (and the public routes anonymously): never a 5xx, and every refusal names the field or
/// rule. (Prevent's own suite runs the same with more requests per operation; <c>./platform bench fuzz</c> with more.)
/// </summary>
public class GeneratedBadInputThroughGatewayTests(PlatformUnderTest platform) : IClassFixture<PlatformUnderTest>
{
    [Theory]
    [InlineData("plans")]
    [InlineData("reviews")]
    [InlineData("community-trigger")]
    [InlineData("prevent")]
    public async Task No_generated_bad_input_to_a_documented_operation_gets_a_server_error_or_an_unnamed_refusal(string service)
    {
        using var client = GeneratedBadInput.AsEveryRole(platform.Gateway.Address, platform.Authority);

        var report = await OpenApiFuzz.RunAsync(client, $"/api/{service}/openapi.json", GeneratedBadInput.Seed, GeneratedBadInput.RequestsPerOperation);

        GeneratedBadInput.AssertClean(report);
    }
}

/// <summary>The same for the two newer services, on the platform that runs them.</summary>
public class GeneratedBadInputToFundingAndConsultationTests(FundingAndConsultationPlatform platform) : IClassFixture<FundingAndConsultationPlatform>
{
    [Theory]
    [InlineData("funding")]
    [InlineData("consultation")]
    public async Task No_generated_bad_input_to_a_documented_operation_gets_a_server_error_or_an_unnamed_refusal(string service)
    {
        using var client = GeneratedBadInput.AsEveryRole(platform.Gateway.Address, platform.Authority);

        var report = await OpenApiFuzz.RunAsync(client, $"/api/{service}/openapi.json", GeneratedBadInput.Seed, GeneratedBadInput.RequestsPerOperation);

        GeneratedBadInput.AssertClean(report);
    }

    [Fact]
    public async Task No_generated_bad_input_from_the_public_to_a_consultation_gets_a_server_error_or_an_unnamed_refusal()
    {
        // Open consultations exist for the public to answer only when staff made some: the staff run goes first.
        using var staff = GeneratedBadInput.AsEveryRole(platform.Gateway.Address, platform.Authority);
        var report = await OpenApiFuzz.RunAsync(staff, "/api/consultation/openapi.json", GeneratedBadInput.Seed, requestsPerOperation: 2);
        using var anonymous = platform.Anonymously();

        report = report.Add(await OpenApiFuzz.RunAsync(
            anonymous, "/api/consultation/openapi.json", GeneratedBadInput.Seed, GeneratedBadInput.RequestsPerOperation, onlyPathsStartingWith: "/api/consultation/public/"));

        GeneratedBadInput.AssertClean(report);
    }
}

internal static class GeneratedBadInput
{
    public const int Seed = 20;

    /// <summary>13 kinds of broken body per operation, once each: about 150 to 600 requests per service.</summary>
    public const int RequestsPerOperation = 13;

    public static HttpClient AsEveryRole(Uri gateway, TestAuthority authority)
    {
        var client = new HttpClient { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", authority.Token(Agencies.Opcc, Roles.All, district: Districts.Norwich, subject: "generated-bad-input"));
        return client;
    }

    public static void AssertClean(OpenApiFuzz.Report report)
    {
        Assert.True(report.Requests > 50, report.ToString());
        Assert.True(report.Accepted > 0, "nothing was accepted, so no broken body reached a handler: " + report);
        Assert.True(report.ServerErrors.Count == 0 && report.UnnamedRefusals.Count == 0, report.ToString());
    }
}
