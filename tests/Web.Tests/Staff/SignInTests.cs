using System.Net;
using Microsoft.Playwright;
using Web.Tests.Infrastructure;

namespace Web.Tests.Staff;

/// <summary>Staff sign in at the identity service (code + PKCE) and see only what their role may use.</summary>
[Collection(SharedWebPlatform.Name)]
public class SignInTests(WebPlatform platform)
{
    private const string Password = "development-only-password";

    [Fact]
    public async Task A_spoc_signs_in_at_the_identity_service_and_is_offered_their_area_while_the_browser_holds_no_token()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "sign-in", async () =>
        {
            var authorizeRequests = new List<string>();
            page.Request += (_, request) =>
            {
                if (request.Url.Contains("/identity/connect/authorize", StringComparison.Ordinal))
                {
                    authorizeRequests.Add(request.Url);
                }
            };

            await SignInAsync(page, "norwich.spoc");

            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Signed in as Nia Spoc");
            await Assertions.Expect(page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "ASB case reviews" })).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "staff-signed-in");
            Assert.Contains(authorizeRequests, url => url.Contains("code_challenge_method=S256", StringComparison.Ordinal));

            var cookies = await context.CookiesAsync();
            var session = Assert.Single(cookies, cookie => cookie.Name == "csp-web");
            Assert.True(session.HttpOnly && session.Secure && session.SameSite == SameSiteAttribute.Lax);
            Assert.True(session.Value.Length < 1000, "the session cookie should hold a key, not the tokens");
            Assert.DoesNotContain(cookies, cookie => cookie.Value.StartsWith("eyJ", StringComparison.Ordinal));

            // The idle warning, two minutes before the 20-minute timeout, without waiting 18 minutes: the page's clock is faked.
            await page.Clock.InstallAsync();
            await page.ReloadAsync();
            await page.Clock.FastForwardAsync("18:05");
            var warning = page.Locator("dialog");
            await Assertions.Expect(warning).ToBeVisibleAsync();
            await Assertions.Expect(warning).ToContainTextAsync("You are about to be signed out");
            await Accessibility.AssertNoViolationsAsync(page);
            await Screenshots.TakeAsync(page, "staff-timeout-warning");
            await page.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
            await Assertions.Expect(warning).ToBeHiddenAsync();

            await page.GotoAsync(new Uri(platform.Address, "sign-out").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("You have signed out");
            Assert.DoesNotContain(await context.CookiesAsync(), cookie => cookie.Name == "csp-web");
        });
    }

    [Fact]
    public async Task A_page_the_role_may_not_use_is_not_linked_and_answers_you_do_not_have_access()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Screenshots.OnFailureAsync(page, "no-access", async () =>
        {
            await SignInAsync(page, "scrutiny.member");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Signed in as Sam Scrutiny");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "ASB case reviews" })).ToHaveCountAsync(0);

            var response = await page.GotoAsync(new Uri(platform.Address, "trigger").ToString());

            Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
            await Accessibility.AssertNoViolationsAsync(page);
        });
    }

    [Fact]
    public async Task Pages_forbid_inline_script_framing_and_caching_and_staff_pages_send_strangers_to_sign_in()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.Address };

        var form = await client.GetAsync("/community-trigger/apply/district");
        var staff = await client.GetAsync("/trigger");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var csp = string.Join(";", form.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.True(form.Headers.CacheControl?.NoStore, "pages are not to be stored");
        Assert.All(form.Headers.GetValues("Set-Cookie"), cookie =>
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", cookie, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains("__csrf", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.StartsWith(new Uri(platform.Address, "identity/connect/authorize").ToString(), staff.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private Task SignInAsync(IPage page, string userName) => SignInAsync(page, platform.Address, userName);

    /// <summary>Signs in as a development user at the identity service's page and waits to be back on the site.</summary>
    internal static async Task SignInAsync(IPage page, Uri site, string userName)
    {
        await page.GotoAsync(new Uri(site, "sign-in").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }
}
