using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Web.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the test process: Debian's (<c>/usr/bin/chromium</c>, or <c>PLATFORM_CHROMIUM</c>),
/// driven by Playwright; Playwright's own browser download is never used (it is not reachable, and CI installs
/// Debian's package). Each test gets its own context: its own cookies, like a separate person.
/// </summary>
public static class Browser
{
    private static readonly Lazy<Task<IBrowser>> Shared = new(LaunchAsync);

    public static async Task<IBrowserContext> NewContextAsync(bool javaScript = true)
    {
        var browser = await Shared.Value;
        return await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = "en-GB" });
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var executable = Environment.GetEnvironmentVariable("PLATFORM_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Chromium at {executable}: ./platform test installs Debian's chromium package.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }
}

/// <summary>An accessibility scan with axe-core of the page as it is now: WCAG 2.0, 2.1 and 2.2 at levels A and AA.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(WcagAa);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}

/// <summary>Screenshots of a journey's pages under artifacts/web-screenshots/, kept when a step fails.</summary>
public static class Screenshots
{
    public static readonly string Folder = Path.Combine(RepositoryRoot.FullPath, "artifacts", "web-screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    /// <summary>Runs a journey; if it fails, the page it failed on is saved as <paramref name="name"/>-failed.png.</summary>
    public static async Task OnFailureAsync(IPage page, string name, Func<Task> journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        try
        {
            await journey();
        }
        catch
        {
            await TakeAsync(page, name + "-failed");
            throw;
        }
    }
}
