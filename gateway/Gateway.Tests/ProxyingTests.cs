using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
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
    public async Task The_api_reference_offers_every_configured_services_document_with_a_bearer_token_and_loads_nothing_from_elsewhere()
    {
        var client = fixture.Gateway.Client();

        var entry = await client.GetAsync("/docs");
        var page = await client.GetAsync("/docs/");

        Assert.Equal("/docs/", entry.RequestMessage?.RequestUri?.AbsolutePath); // its scripts load by relative path
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("api/plans/openapi.json", html, StringComparison.Ordinal);
        Assert.Contains("api/community-trigger/openapi.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("api/reviews/", html, StringComparison.Ordinal);
        Assert.Contains("\"preferredSecurityScheme\":[\"Bearer\"]", html, StringComparison.Ordinal);
        var document = await client.GetAsync(new Uri(fixture.Gateway.Address, "api/plans/openapi.json")); // as the page resolves it
        Assert.Equal("/api/plans/openapi.json", (await document.Content.ReadFromJsonAsync<ReceivedRequest>())!.PathAndQuery);

        // No CDN: the page names no other origin, its scripts come from the gateway, and its policy forbids the rest.
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        var scripts = Regex.Matches(html, "<script[^>]*src=\"([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var asset = await client.GetAsync(new Uri(new Uri(fixture.Gateway.Address, "/docs/"), script));
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{script}: {asset.StatusCode}");
            Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        }

        var nonce = Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.All(Regex.Matches(html, "<script[^>]*>").Select(match => match.Value),
            tag => Assert.Contains($"nonce=\"{nonce}\"", tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_reference_lists_each_document_once_however_often_it_is_opened()
    {
        var client = fixture.Gateway.Client();

        await client.GetStringAsync("/docs/");
        var html = await client.GetStringAsync("/docs/");

        Assert.Single(Regex.Matches(html, Regex.Escape("api/plans/openapi.json")));
    }
}
