using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Voices.Pages;

/// <summary>The Pronunciation page in Chromium: an admin adds, listens to, edits and deletes an entry.</summary>
[Collection(BrowserTests.Name)]
public sealed class PronunciationPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_adds_an_entry_listens_with_and_without_it_edits_it_and_deletes_it_after_confirming()
    {
        var phrase = $"Xyqor{Guid.NewGuid():N}"[..10];
        var page = await browser.OpenAsync("/pronunciation");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pronunciation");
        await Assertions.Expect(page.Locator("nav a[href='/pronunciation'], .mud-navmenu a[href='/pronunciation']").First).ToBeVisibleAsync();

        // Nothing given: the message is beside the field, and nothing is stored.
        await page.Locator("#lexicon-save").ClickAsync();
        await Assertions.Expect(page.Locator("#lexicon-form")).ToContainTextAsync("Give the word or phrase to pronounce");

        await page.Locator("input[name=lexicon-phrase]").FillAsync(phrase);
        await page.Locator("input[name=lexicon-language]").FillAsync("en");
        await page.Locator("input[name=lexicon-alias]").FillAsync("oranges");
        await page.Locator("input[name=lexicon-sample]").FillAsync($"Today the {phrase} are on sale.");
        await page.Locator("#lexicon-listen-with").ClickAsync();
        await AssertPlaysAsync(page, "With the entry:");
        await page.Locator("#lexicon-listen-without").ClickAsync();
        await AssertPlaysAsync(page, "Without the entry:");

        await page.Locator("#lexicon-save").ClickAsync();
        var row = page.Locator("#lexicon-entries tr", new() { HasTextString = phrase });
        await Assertions.Expect(row).ToContainTextAsync("oranges");
        await Assertions.Expect(page.Locator("#lexicon-form")).Not.ToContainTextAsync("Give the word or phrase to pronounce");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "pronunciation");

        await row.Locator(".lexicon-edit").ClickAsync();
        await Assertions.Expect(page.Locator("input[name=lexicon-alias]")).ToHaveValueAsync("oranges");
        await page.Locator("input[name=lexicon-alias]").FillAsync("lemons");
        await page.Locator("#lexicon-save").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("lemons");

        await row.Locator(".lexicon-delete").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync(phrase);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "pronunciation-delete");
        await dialog.Locator("button", new() { HasTextString = "Cancel" }).ClickAsync();
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.Locator(".lexicon-delete").ClickAsync();
        await page.Locator(".mud-dialog button", new() { HasTextString = "Delete" }).ClickAsync();
        await Assertions.Expect(page.Locator("#lexicon-entries tr", new() { HasTextString = phrase })).ToHaveCountAsync(0);
    }

    /// <summary>The sample's player appears under its caption once the speech job is done, and its audio loads.</summary>
    private static async Task AssertPlaysAsync(IPage page, string caption)
    {
        await Assertions.Expect(page.Locator("#lexicon-sample-player")).ToContainTextAsync(caption);
        var player = page.Locator("#lexicon-sample-player audio.lexicon-sample");
        await Assertions.Expect(player).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var duration = await player.EvaluateAsync<double>("""
            a => new Promise((resolve, reject) => {
              if (a.readyState >= 1) { resolve(a.duration); return; }
              a.addEventListener('loadedmetadata', () => resolve(a.duration));
              a.addEventListener('error', () => reject(new Error('no audio: ' + (a.error && a.error.code))));
              a.load();
            })
            """);
        Assert.InRange(duration, 0.5, 10);
    }
}
