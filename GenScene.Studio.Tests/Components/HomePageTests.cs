using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components;

[Collection(BrowserTests.Name)]
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_health_page_shows_the_studio_health_filled_in()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/health");

        await Assertions.Expect(page.Locator("#health-overall")).ToContainTextAsync("The studio is healthy");
        await Assertions.Expect(page.Locator("#health-ffmpeg")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"ffmpeg \d+\.\d+"));
        await Assertions.Expect(page.Locator("#health-ffprobe")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"ffprobe \d+\.\d+"));
        await Assertions.Expect(page.Locator("#health-tts")).ToContainTextAsync("espeak-ng 1.");
        await Assertions.Expect(page.Locator("#health-database")).ToContainTextAsync("wal journal");
        await Assertions.Expect(page.Locator("#health-disk")).ToContainTextAsync("GiB free");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "health-light");
    }

    [Fact]
    public async Task The_navigation_lists_only_pages_that_exist_and_each_one_opens()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var links = page.Locator(".mud-drawer a.mud-nav-link");
        await Assertions.Expect(links.First).ToBeVisibleAsync();

        foreach (var href in await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            var response = await page.APIRequest.GetAsync(href);
            Assert.Equal(200, response.Status);
            Assert.DoesNotContain("There is no page at this address", await response.TextAsync());
        }
    }

    [Fact]
    public async Task The_theme_switch_turns_the_page_dark_and_the_choice_survives_a_reload()
    {
        var page = await browser.OpenAsync("/");
        await Assertions.Expect(page.Locator("#home-start")).ToBeVisibleAsync();
        await WaitForBackgroundAsync(page, dark: false);

        await page.Locator("#theme-toggle").ClickAsync();
        await WaitForBackgroundAsync(page, dark: true);
        await BrowserFixture.ScreenshotAsync(page, "home-dark");

        await page.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await WaitForBackgroundAsync(page, dark: true);
    }

    /// <summary>
    /// Waits until the background Chromium paints behind the content is dark (luminance under 0.3) or
    /// light (over 0.6): the first element up from the content with a colour, else the white canvas.
    /// </summary>
    private static async Task WaitForBackgroundAsync(IPage page, bool dark)
    {
        const string luminance = """
            () => {
              for (let el = document.querySelector('.mud-main-content'); el; el = el.parentElement) {
                const [r, g, b, a = 1] = getComputedStyle(el).backgroundColor.match(/[\d.]+/g).map(Number);
                if (a > 0) return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
              }
              return 1;
            }
            """;
        try
        {
            await page.WaitForFunctionAsync($"() => {{ const l = ({luminance})(); return {(dark ? "l < 0.3" : "l > 0.6")}; }}",
                null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The page background did not turn {(dark ? "dark" : "light")}: luminance {await page.EvaluateAsync<double>(luminance)}");
        }
    }
}
