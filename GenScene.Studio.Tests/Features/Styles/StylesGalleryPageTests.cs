using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Styles;

[Collection(BrowserTests.Name)]
public sealed class StylesGalleryPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_gallery_shows_seven_previews_that_load_and_the_category_filter_narrows_them()
    {
        var page = await browser.OpenAsync("/styles");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Styles");
        var cards = page.Locator(".style-card");
        // The browser studio is shared: another test may have added a style, never taken a seeded one away.
        foreach (var id in (string[])["cinematic-realism", "documentary-grit", "stylized-3d", "anime", "film-noir", "retro-vhs-90s", "fantasy-illustration"])
        {
            await Assertions.Expect(page.Locator($".style-card[data-style-id={id}]")).ToHaveCountAsync(1);
        }
        await StylePages.AllPreviewsLoadedAsync(page);
        Assert.Equal(1280, await page.Locator(".style-card[data-style-id=film-noir] img").EvaluateAsync<int>("img => img.naturalWidth"));
        await Assertions.Expect(page.Locator(".mud-drawer a.mud-nav-link[href='/styles']")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "styles-gallery");

        await page.Locator("#styles-category").GetByText("Vintage").ClickAsync();
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        Assert.Equal(["vintage", "vintage"], await cards.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.category)"));

        await page.Locator("#styles-look").GetByText("Without look").ClickAsync();
        await Assertions.Expect(page.Locator(".style-card[data-style-id=film-noir] img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("variant=before"));
        await StylePages.AllPreviewsLoadedAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "styles-vintage-before");
    }
}
