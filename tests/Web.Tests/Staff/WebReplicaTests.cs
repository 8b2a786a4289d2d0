using System.Net;
using Microsoft.Playwright;
using Platform.Testing;
using Platform.Web;
using Web.Tests.Infrastructure;

namespace Web.Tests.Staff;

/// <summary>
/// The web front-end as more than one replica (decision 0047): a person's next request may reach another replica,
/// which reads their cookie with the shared key ring and finds their ticket in the shared store.
/// </summary>
[Collection(SharedWebPlatform.Name)]
public class WebReplicaTests(WebPlatform platform)
{
    [Fact]
    public async Task A_person_signed_in_through_one_replica_is_signed_in_on_another_sharing_the_store_and_signed_out_on_both()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, platform.Address, "norwich.spoc"); // the gateway sends every page to the first replica
        var session = (await context.CookiesAsync()).Single(cookie => cookie.Name == "csp-web");

        var onSecond = await HomePageAsync(platform.SecondWeb.Address, session);

        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Contains("Signed in as Nia Spoc", onSecond.Body, StringComparison.Ordinal);

        // A replica with a store of its own cannot read the cookie: the shared store is what signs the person in.
        var unsharedDatabase = await (await TestServers.SharedAsync()).CreateDatabaseAsync("web-sessions-unshared");
        await using (var unshared = new KestrelFactory<WebApp>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = unsharedDatabase,
            ["Web:Gateway"] = platform.Address.ToString(),
        }))
        {
            var onUnshared = await HomePageAsync(unshared.Address, session);
            Assert.DoesNotContain("Signed in as", onUnshared.Body, StringComparison.Ordinal);
        }

        await page.GotoAsync(new Uri(platform.Address, "sign-out").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("You have signed out");

        var afterSignOut = await HomePageAsync(platform.SecondWeb.Address, session);
        Assert.DoesNotContain("Signed in as", afterSignOut.Body, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode StatusCode, string Body)> HomePageAsync(Uri replica, BrowserContextCookiesResult session)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = replica };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"{session.Name}={session.Value}");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
