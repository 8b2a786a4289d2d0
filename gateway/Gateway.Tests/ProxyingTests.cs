using System.Net;
using System.Net.Http.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

public sealed class ProxyingTests(GatewayWithBackend fixture) : IClassFixture<GatewayWithBackend>
{
    [Fact]
    public async Task Path_query_and_authorization_header_reach_the_service_unchanged()
    {
        var token = fixture.Gateway.Token();
        var path = GatewayWithBackend.UniquePath("/api/plans/priorities");

        var response = await fixture.Gateway.Client(token).GetAsync($"{path}?district=norwich&year=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await response.Content.ReadFromJsonAsync<ReceivedRequest>();
        Assert.Equal($"{path}?district=norwich&year=2026", received!.PathAndQuery);
        Assert.Equal($"Bearer {token}", received.Authorization);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_no_server_header()
    {
        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).GetAsync(GatewayWithBackend.UniquePath("/api/plans/headers"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server); // the echo back-end's Kestrel sends one
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_route_configured_anonymous_passes_without_a_token_while_its_service_stays_protected()
    {
        var client = fixture.Gateway.Client();

        var intake = await client.PostAsJsonAsync("/api/community-trigger/applications", new { district = "norwich" });
        var protectedPath = GatewayWithBackend.UniquePath("/api/community-trigger/cases");
        var cases = await client.GetAsync(protectedPath);

        Assert.Equal(HttpStatusCode.OK, intake.StatusCode);
        var received = await intake.Content.ReadFromJsonAsync<ReceivedRequest>();
        Assert.Equal(("POST", "/api/community-trigger/applications", null), (received!.Method, received.PathAndQuery, received.Authorization));
        await cases.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(fixture.Backend.Saw(protectedPath));
    }

    [Fact]
    public async Task Each_services_openapi_document_is_public()
    {
        var response = await fixture.Gateway.Client().GetAsync("/api/plans/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/plans/openapi.json", (await response.Content.ReadFromJsonAsync<ReceivedRequest>())!.PathAndQuery);
    }

    [Fact]
    public async Task The_docs_page_links_every_configured_service_document_and_only_those()
    {
        var client = fixture.Gateway.Client();

        var page = await client.GetAsync("/docs");
        var script = await client.GetAsync("/docs/docs.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/api/plans/openapi.json\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/community-trigger/openapi.json\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/reviews/", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/docs/docs.js\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }
}
