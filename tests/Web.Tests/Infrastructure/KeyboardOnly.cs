using Microsoft.Playwright;

namespace Web.Tests.Infrastructure;

/// <summary>
/// Drives a page as someone without a mouse: only Tab, Space, Enter and typing. <see cref="TabToAsync"/> presses Tab
/// until the wanted element has focus, so a field that cannot be reached by keyboard fails the test.
/// </summary>
public sealed class KeyboardOnly(IPage page)
{
    private const int MostTabs = 60;

    public async Task TabToAsync(string selector)
    {
        for (var i = 0; i < MostTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{selector} could not be reached with the Tab key on {page.Url}");
    }

    /// <summary>Tabs to the button with this text and presses Enter.</summary>
    public async Task SubmitAsync(string buttonText)
    {
        for (var i = 0; i < MostTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(
                "t => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === t", buttonText))
            {
                await page.Keyboard.PressAsync("Enter");
                await page.WaitForLoadStateAsync();
                return;
            }
        }

        Assert.Fail($"No button '{buttonText}' could be reached with the Tab key on {page.Url}");
    }

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);
}
