using System.Text.RegularExpressions;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>The style editor in Chromium against the real studio: change a look, save, see it in the gallery.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class StyleEditorPageTests(BrowserFixture browser)
{
    /// <summary>Types into a field and leaves it, which is when MudBlazor reports the change.</summary>
    private static async Task TypeAsync(IPage page, string name, string value)
    {
        var input = page.Locator($"input[name='{name}'], textarea[name='{name}']");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    [Fact]
    public async Task A_look_changed_on_the_edit_page_is_saved_as_a_new_version_and_shows_in_the_gallery()
    {
        var page = await browser.OpenAsync("/styles/fantasy-illustration/edit");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Edit Fantasy Illustration");
        await Assertions.Expect(page.Locator("#style-version")).ToHaveTextAsync("look version 1");
        Assert.Equal("1.25", await page.Locator("input[name=saturation]").InputValueAsync());

        await TypeAsync(page, "palette-0", "#12345");
        await page.Locator("#save-style").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field='palette[0]']")).ToContainTextAsync("#rrggbb");
        await Assertions.Expect(page.Locator("#style-version")).ToHaveTextAsync("look version 1");
        await BrowserFixture.ScreenshotAsync(page, "style-editor-error");

        await TypeAsync(page, "palette-0", "#2d1b4e");
        await TypeAsync(page, "style-description", "A painted storybook, now with film grain.");
        await TypeAsync(page, "grain", "20");
        await page.Locator("#save-style").ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("now look version 2");
        await Assertions.Expect(page.Locator("#style-version")).ToHaveTextAsync("look version 2");
        await Assertions.Expect(page.Locator(".field-error")).ToHaveCountAsync(0);
        await StylePages.AllPreviewsLoadedAsync(page);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "style-editor");

        await page.Locator("a[href='/styles']").Filter(new() { HasText = "Back to the gallery" }).ClickAsync();
        var card = page.Locator(".style-card[data-style-id=fantasy-illustration]");
        await Assertions.Expect(card.Locator(".style-description")).ToHaveTextAsync("A painted storybook, now with film grain.");
        await Assertions.Expect(card.Locator("img.style-preview")).ToHaveAttributeAsync("src", VersionTwo());
    }

    [Fact]
    public async Task A_new_style_is_created_on_the_new_style_page_and_opens_for_editing()
    {
        var page = await browser.OpenAsync("/styles");
        await page.Locator("#styles-new").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("New style");

        await page.Locator("#save-style").ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field=name]")).ToBeVisibleAsync();

        await TypeAsync(page, "style-name", "Pastel Dream");
        await TypeAsync(page, "style-description", "Soft pastel colours with a gentle glow.");
        await TypeAsync(page, "style-demo-scene", "a picnic in a meadow");
        await TypeAsync(page, "style-keywords", "pastel, soft");
        await page.Locator("#save-style").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/styles/pastel-dream/edit$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Edit Pastel Dream");
        await Assertions.Expect(page.Locator("input[name=style-keywords]")).ToHaveValueAsync("pastel, soft");
    }

    [Fact]
    public async Task Regenerating_a_card_fetches_its_new_preview_and_edit_opens_the_editor()
    {
        var page = await browser.OpenAsync("/styles");
        var anime = page.Locator(".style-card[data-style-id=anime]");
        await anime.Locator(".style-regenerate").ClickAsync();
        await Assertions.Expect(anime.Locator("img.style-preview")).ToHaveAttributeAsync("src", new Regex("again=1"), new() { Timeout = 90_000 });
        await StylePages.AllPreviewsLoadedAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "styles-cards");

        await anime.Locator("a.style-edit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/styles/anime/edit$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Edit Anime");
    }

    [GeneratedRegex(@"fantasy-illustration/preview\?v=2-")]
    private static partial Regex VersionTwo();
}
