using System.Net;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

public sealed class CorsTests(GatewayWithBackend fixture) : IClassFixture<GatewayWithBackend>
{
    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_by_the_gateway()
    {
        var path = GatewayWithBackend.UniquePath("/api/plans/priorities");

        var response = await fixture.Gateway.Client().SendAsync(Preflight(path, GatewayWithBackend.AllowedOrigin));

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {response.StatusCode}");
        Assert.Equal(GatewayWithBackend.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("authorization", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(fixture.Backend.Saw(path));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_allow_header()
    {
        var response = await fixture.Gateway.Client().SendAsync(Preflight(GatewayWithBackend.UniquePath("/api/plans/priorities"), "https://evil.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_proxied_response_to_an_allowed_origin_allows_it_to_read_the_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GatewayWithBackend.UniquePath("/api/plans/priorities"));
        request.Headers.Add("Origin", GatewayWithBackend.AllowedOrigin);

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GatewayWithBackend.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        return request;
    }
}
