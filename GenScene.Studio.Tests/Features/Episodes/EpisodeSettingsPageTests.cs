using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>The editor's episode and scene settings: a style chosen from the gallery's link, fields that save and come back (messages next to a field: EpisodeEditorTests).</summary>
[Collection(BrowserTests.Name)]
public sealed class EpisodeSettingsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_new_episode_opened_with_a_style_starts_in_that_style()
    {
        var page = await browser.OpenAsync("/episodes/new?style=film-noir");

        await Assertions.Expect(page.Locator(".episode-settings input[name=episode-style]")).ToHaveValueAsync("Film Noir");
        await Assertions.Expect(page.Locator(".episode-settings .style-chosen")).ToHaveAttributeAsync("data-style-id", "film-noir");
        await Assertions.Expect(page.Locator(".episode-settings .style-chosen .style-swatch")).ToHaveCountAsync(5); // its palette
        // and the style's default transition (Film Noir fades through black)
        await Assertions.Expect(page.Locator("input[name=episode-transition]")).ToHaveValueAsync("fade-black");
    }

    [Fact]
    public async Task Episode_and_scene_settings_save_themselves_and_are_there_after_a_reload()
    {
        var page = await browser.OpenAsync("/episodes/new?style=anime");
        await page.Locator("input[name=episode-title]").FillAsync("Lighthouse");
        await page.Locator("textarea[name=episode-description]").FillAsync("A keeper's evening, in three scenes.");
        await ChooseAsync(page, "episode-language", "en-GB");
        await page.Locator("textarea[name=scene-1-text]").FillAsync("The keeper climbs the stairs.");
        await page.Locator("[data-scene='1'] .scene-details-toggle").ClickAsync();
        await SetNumberAsync(page, "scene-1-speed", "1.3");
        await SetNumberAsync(page, "scene-1-pitch", "10");
        await SetNumberAsync(page, "scene-1-padding-before", "1.5");
        await SetNumberAsync(page, "scene-1-padding-after", "2");
        await ChooseAsync(page, "scene-1-fit", "contained over blur");
        await ChooseAsync(page, "scene-1-style", "Retro VHS");
        await ChooseAsync(page, "episode-transition", "crossfade");
        await SetNumberAsync(page, "episode-transition-seconds", "1.2");
        await Assertions.Expect(page.Locator("input[name=episode-captions]")).ToHaveValueAsync("Soft track (CC)"); // the default
        await ChooseAsync(page, "episode-captions", "Burned into the picture");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        Assert.Matches("/episodes/[0-9a-f]{32}$", page.Url);
        await ScreenshotFromTopAsync(page, "episode-settings");

        // Reloaded in the dark theme, to see the editor's fields, swatches and messages there too.
        await page.Context.AddCookiesAsync([new Cookie { Name = "GenSceneTheme", Value = "dark", Url = browser.Studio.BaseAddress.ToString() }]);
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("textarea[name=episode-description]")).ToHaveValueAsync("A keeper's evening, in three scenes.");
        await Assertions.Expect(page.Locator("input[name=episode-language]")).ToHaveValueAsync("English (United Kingdom) · en-GB");
        await Assertions.Expect(page.Locator(".episode-settings .style-chosen")).ToHaveAttributeAsync("data-style-id", "anime");
        await Assertions.Expect(page.Locator("input[name=episode-transition-seconds]")).ToHaveValueAsync("1.2");
        await Assertions.Expect(page.Locator("input[name=episode-captions]")).ToHaveValueAsync("Burned into the picture");
        await page.Locator("[data-scene='1'] .scene-details-toggle").ClickAsync(); // details start folded on every page
        await Assertions.Expect(page.Locator("input[name=scene-1-speed]")).ToHaveValueAsync("1.3");
        await Assertions.Expect(page.Locator("input[name=scene-1-pitch]")).ToHaveValueAsync("10");
        await Assertions.Expect(page.Locator("input[name=scene-1-padding-before]")).ToHaveValueAsync("1.5");
        await Assertions.Expect(page.Locator("input[name=scene-1-padding-after]")).ToHaveValueAsync("2.0"); // Format 0.0#
        await Assertions.Expect(page.Locator("input[name=scene-1-fit]")).ToHaveValueAsync("contained over blur");
        await Assertions.Expect(page.Locator("[data-scene='1'] .style-chosen")).ToHaveAttributeAsync("data-style-id", "retro-vhs-90s");
        await ScreenshotFromTopAsync(page, "episode-settings-dark");
    }

    /// <summary>Both widths' shots from the top of the page: a full-page shot draws the fixed app bar where the page is scrolled to.</summary>
    private static async Task ScreenshotFromTopAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, name);
    }

    /// <summary>Types into a numeric field and leaves it, which is when MudNumericField reports the value.</summary>
    private static async Task SetNumberAsync(IPage page, string name, string value)
    {
        var input = page.Locator($"input[name={name}]");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    /// <summary>Opens the select named <paramref name="name"/> and clicks the item with that text in its popover.</summary>
    private static async Task ChooseAsync(IPage page, string name, string item)
    {
        // MudSelect keeps its value in a hidden input; the visible field around it opens the list.
        await page.Locator($".mud-input-control:has(input[name={name}])").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
