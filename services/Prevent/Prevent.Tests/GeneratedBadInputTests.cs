using Platform.Contracts;
using Platform.Testing;
using Prevent.Tests.Infrastructure;

namespace Prevent.Tests;

/// <summary>
/// Issue 14: generated bad input against every documented operation, as a caller holding every role: never a 5xx,
/// and a refused field is named in the problem.
/// </summary>
public class GeneratedBadInputTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task No_generated_bad_input_to_any_documented_operation_gets_a_server_error()
    {
        var client = prevent.ClientWithToken(prevent.Token(Agencies.NorwichCityCouncil, [.. Roles.All], district: Districts.Norwich));

        var report = await OpenApiFuzz.RunAsync(client, "/api/prevent/openapi.json", seed: 14, requestsPerOperation: 26);

        Assert.True(report.Requests > 500, report.ToString());
        Assert.True(report.ServerErrors.Count == 0 && report.UnnamedRefusals.Count == 0, report.ToString());
    }
}
