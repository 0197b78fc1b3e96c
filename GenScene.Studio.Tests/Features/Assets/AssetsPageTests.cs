using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Assets;

[Collection(BrowserTests.Name)]
public sealed class AssetsPageTests(BrowserFixture browser) : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly AudioFiles _make = new AudioServices().Files;

    [Fact]
    public async Task Uploaded_pictures_and_sounds_appear_as_cards_the_picture_with_its_thumbnail()
    {
        var picture = await _make.LavfiAsync(_files.Combine("sunrise.png"), "testsrc2=size=480x270", "-frames:v", "1");
        var sound = await _make.LavfiAsync(_files.Combine("chime.mp3"), "sine=frequency=880:duration=2", "-c:a", "libmp3lame");
        var page = await browser.OpenAsync("/assets");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Assets");
        // No browser test uploads a video: the Videos filter shows the empty state, whatever else shares this studio.
        await page.Locator("#assets-kind").GetByText("Videos").ClickAsync();
        await Assertions.Expect(page.Locator(".asset-empty")).ToContainTextAsync("No video clips yet.");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "assets-empty");
        await page.Locator("#assets-kind").GetByText("All").ClickAsync();

        await page.Locator("#assets-upload input[type=file]").SetInputFilesAsync([picture, sound]);

        // Other browser tests share this library: look at the cards of these two files only.
        var pictureCard = page.Locator(".asset-card[data-kind=image]", new() { HasTextString = "sunrise.png" });
        var thumbnail = pictureCard.Locator("img.asset-thumb");
        await Assertions.Expect(thumbnail).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".asset-card[data-kind=audio]", new() { HasTextString = "chime.mp3" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.asset-thumb')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Equal(320, await thumbnail.EvaluateAsync<int>("img => img.naturalWidth"));
        await Assertions.Expect(pictureCard.Locator(".asset-facts")).ToContainTextAsync("480×270");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "assets");
    }

    [Fact]
    public async Task A_picture_bomb_is_refused_beside_the_upload_in_the_same_words_as_the_api()
    {
        var bomb = PictureBomb.WritePng(_files.Combine("huge.png"), 16000, 16000);
        var page = await browser.OpenAsync("/assets");

        await page.Locator("#assets-upload input[type=file]").SetInputFilesAsync(bomb);

        await Assertions.Expect(page.Locator("#assets-upload [role=alert]")).ToHaveTextAsync(
            "huge.png: The picture is 16000x16000 pixels (256 megapixels); the studio accepts up to 40 megapixels and 12,000 pixels a side (Assets:MaxImageMegapixels, Assets:MaxImageSide).",
            new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".asset-card", new() { HasTextString = "huge.png" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "assets-picture-bomb");
    }

    public void Dispose() => _files.Dispose();
}
