using System.Net;
using Platform.Gateway;
using Platform.Web;
using Platform.Web.Security;
using Web.Tests.Infrastructure;

namespace Web.Tests.Security;

/// <summary>
/// The gateway's anonymous limit counts each resident by their own address even though the web front-end makes their
/// API calls: the web forwards the resident's address from the one address the gateway trusts for it (127.0.0.2, as
/// <c>./platform up</c> runs them), and a caller anywhere else cannot choose the address they are counted by.
/// A gateway and web of their own, with an anonymous limit of 3 an hour, in front of the shared platform's services.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class ResidentRateLimitTests(WebPlatform platform)
{
    private const int Limit = 3;
    private const string TooMany = "There have been too many attempts";

    [Fact]
    public async Task Residents_through_the_web_each_get_their_own_limit_and_a_forged_forwarded_address_gets_nothing()
    {
        var port = WebPlatform.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        await using var web = new KestrelFactory<WebApp>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = platform.WebSessionsDatabase,
            ["Web:Gateway"] = address.ToString(),
            ["Web:SourceAddress"] = "127.0.0.2",
        });
        await using var gateway = new KestrelFactory<GatewayApi>(new Dictionary<string, string?>
        {
            ["Auth:Authority"] = platform.Authority.ToString(),
            ["Services:consultation"] = platform.Consultation.Address.ToString(),
            ["Services:web"] = web.Address.ToString(),
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.2",
            ["RateLimits:Anonymous:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:Anonymous:Window"] = "01:00:00",
        }, port: port);
        using var first = From("127.0.0.3", address);
        using var second = From("127.0.0.4", address);
        using var forger = From("127.0.0.5", address);

        // Each consultations page is one anonymous API call, made by the web for the resident.
        for (var i = 0; i < Limit; i++)
        {
            Assert.DoesNotContain(TooMany, await first.GetStringAsync("consultations"), StringComparison.Ordinal);
        }

        Assert.Contains(TooMany, await first.GetStringAsync("consultations"), StringComparison.Ordinal);
        Assert.DoesNotContain(TooMany, await second.GetStringAsync("consultations"), StringComparison.Ordinal);

        // Straight to the gateway, claiming to be someone else each time: counted as itself, not as them.
        var statuses = new List<HttpStatusCode>();
        foreach (var claimed in new[] { "127.0.0.4", "203.0.113.7", "198.51.100.1", "192.0.2.44" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/consultation/public/consultations");
            request.Headers.Add("X-Forwarded-For", claimed);
            using var response = await forger.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.DoesNotContain(TooMany, await second.GetStringAsync("consultations"), StringComparison.Ordinal);
    }

    /// <summary>A client whose connections come from <paramref name="source"/> (any 127.x address is this machine), bound as the web binds its own.</summary>
    private static HttpClient From(string source, Uri gateway) =>
        new(PersonAddress.Handler(new WebSettings { SourceAddress = source })) { BaseAddress = gateway };
}
