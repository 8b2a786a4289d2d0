using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gateway.Tests.Infrastructure;

namespace Gateway.Tests;

public sealed class ErrorResponseTests(GatewayWithBackend fixture) : IClassFixture<GatewayWithBackend>
{
    [Theory]
    [InlineData("/nowhere", false)]
    [InlineData("/nowhere", true)]
    [InlineData("/api/reviews/cases", true)] // a known service whose address is not configured
    [InlineData("/api", true)]
    public async Task A_path_no_route_serves_is_a_404_problem_naming_the_path(string path, bool withToken)
    {
        var client = fixture.Gateway.Client(withToken ? fixture.Gateway.Token() : null);

        var response = await client.GetAsync(path);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task A_body_declared_larger_than_the_limit_is_a_413_problem_and_is_not_forwarded()
    {
        var path = GatewayWithBackend.UniquePath("/api/plans/priorities");
        using var body = new ByteArrayContent(new byte[GatewayWithBackend.MaxBodyBytes + 1]);

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).PostAsync(path, body);

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.False(fixture.Backend.Saw(path));
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_is_a_413_problem()
    {
        using var body = new StreamContent(new UnknownLengthStream(new byte[GatewayWithBackend.MaxBodyBytes * 4]));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).PostAsync(GatewayWithBackend.UniquePath("/api/plans/priorities"), body);

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_forwarded_whole()
    {
        using var body = new ByteArrayContent(new byte[GatewayWithBackend.MaxBodyBytes]);

        var response = await fixture.Gateway.Client(fixture.Gateway.Token()).PostAsync(GatewayWithBackend.UniquePath("/api/plans/priorities"), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GatewayWithBackend.MaxBodyBytes, (await response.Content.ReadFromJsonAsync<ReceivedRequest>())!.BodyBytes);
    }

    [Fact]
    public async Task An_upload_path_takes_bodies_up_to_its_own_larger_limit()
    {
        using var within = new ByteArrayContent(new byte[GatewayWithBackend.LargeBodyMaxBytes]);

        var accepted = await fixture.Gateway.Client(fixture.Gateway.Token()).PostAsync(GatewayWithBackend.UniquePath(GatewayWithBackend.LargeBodyPath), within);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(GatewayWithBackend.LargeBodyMaxBytes, (await accepted.Content.ReadFromJsonAsync<ReceivedRequest>())!.BodyBytes);
    }

    [Fact]
    public async Task An_upload_path_refuses_a_body_over_its_own_limit_naming_it()
    {
        using var beyond = new ByteArrayContent(new byte[GatewayWithBackend.LargeBodyMaxBytes + 1]);

        var refused = await fixture.Gateway.Client(fixture.Gateway.Token()).PostAsync(GatewayWithBackend.UniquePath(GatewayWithBackend.LargeBodyPath), beyond);

        var problem = await refused.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(GatewayWithBackend.LargeBodyMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Hides its length so HttpClient sends the body chunked, without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
