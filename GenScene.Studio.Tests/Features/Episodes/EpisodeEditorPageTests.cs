using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

[Collection(BrowserTests.Name)]
public sealed class EpisodeEditorPageTests(BrowserFixture browser) : IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task A_creator_writes_three_scenes_with_an_uploaded_picture_reorders_them_composes_and_plays_the_video()
    {
        var picture = _files.Combine("harbour.png");
        await new ProcessRunner(NullLogger<ProcessRunner>.Instance).RunAsync(new ProcessSpec("ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=1280x720", "-frames:v", "1", picture]), CancellationToken.None);

        var page = await browser.OpenAsync("/episodes/new");
        await page.Locator("input[name=episode-title]").FillAsync("Harbour tour");
        await page.Locator("textarea[name=scene-1-text]").FillAsync("Boats rest in the harbour at dawn.");
        await page.Locator("#add-scene").ClickAsync();
        await page.Locator("textarea[name=scene-2-text]").FillAsync("Gulls circle over the fish market.");
        await page.Locator("#add-scene").ClickAsync();
        await page.Locator("textarea[name=scene-3-text]").FillAsync("Nets dry on the quay.");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        Assert.Matches("/episodes/[0-9a-f]{32}$", page.Url); // the first save created it

        // The first scene gets a picture uploaded right in the editor.
        await page.Locator("[data-scene='1'] input.asset-file-input").SetInputFilesAsync(picture);
        await Assertions.Expect(page.Locator("[data-scene='1'] .scene-title-card")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // Move scene 2 up with the keyboard-accessible button: the texts swap places.
        await page.GetByLabel("Move scene 2 up").ClickAsync();
        await Assertions.Expect(page.Locator("textarea[name=scene-1-text]")).ToHaveValueAsync("Gulls circle over the fish market.");
        await Assertions.Expect(page.Locator("textarea[name=scene-2-text]")).ToHaveValueAsync("Boats rest in the harbour at dawn.");
        await Assertions.Expect(page.Locator("[data-scene='2'] .scene-title-card")).ToBeVisibleAsync(); // the picture moved with its scene

        // Dragged by its grip onto the first card, scene 3 becomes the first.
        await DragSceneAsync(page, 3, 1);
        await Assertions.Expect(page.Locator("textarea[name=scene-1-text]")).ToHaveValueAsync("Nets dry on the quay.");
        await Assertions.Expect(page.Locator("textarea[name=scene-2-text]")).ToHaveValueAsync("Gulls circle over the fish market.");
        await Assertions.Expect(page.Locator("[data-scene='3'] .scene-title-card")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        await ScreenshotFromTopAsync(page, "episode-editor");

        await page.Locator("#compose").ClickAsync();
        // Live progress while it composes (a fast machine may already show the result here).
        await Assertions.Expect(page.Locator("#compose-result .live-job")).ToBeVisibleAsync();
        await ScreenshotFromTopAsync(page, "episode-composing");
        var video = page.Locator("#episode-video");
        await Assertions.Expect(video).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var duration = await video.EvaluateAsync<double>("""
            v => new Promise(resolve => v.readyState >= 1 ? resolve(v.duration) : v.addEventListener('loadedmetadata', () => resolve(v.duration)))
            """);
        Assert.InRange(duration, 2, 30);
        await page.EvaluateAsync("v => v.play()", await video.ElementHandleAsync());
        await page.WaitForFunctionAsync("() => document.querySelector('#episode-video').currentTime > 0.2", null, new() { Timeout = 15_000 });
        // The captions are burned in; the captions track is offered in the player's menu but not shown over them.
        Assert.Equal("disabled", await video.EvaluateAsync<string>("v => v.textTracks[0].mode"));
        // Beside the scenes on a wide screen, the video stays in view while the scenes scroll under it.
        await page.SetViewportSizeAsync(1440, 900);
        await page.Locator("#add-scene").ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(video).ToBeInViewportAsync();
        await ScreenshotFromTopAsync(page, "episode-composed");
    }

    [Fact]
    public async Task A_scenes_picker_offers_pictures_and_clips_and_the_music_picker_only_sounds()
    {
        var sound = _files.Combine("seagulls-bed.wav");
        await new ProcessRunner(NullLogger<ProcessRunner>.Instance).RunAsync(new ProcessSpec("ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", sound]), CancellationToken.None);
        var page = await browser.OpenAsync("/episodes/new");
        await page.Locator("input[name=episode-title]").FillAsync("Pickers");
        await page.Locator("textarea[name=scene-1-text]").FillAsync("Waves.");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });

        // Uploaded as the music, the sound is chosen there...
        await page.Locator(".episode-settings input.asset-file-input").SetInputFilesAsync(sound);
        await Assertions.Expect(page.Locator(".episode-settings .asset-pick[aria-pressed=true]:has-text('seagulls-bed.wav')")).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // ...and a scene, which shows a picture or a clip, is not offered it; its file dialog asks for pictures and videos.
        var scene = page.Locator("[data-scene='1']");
        await Assertions.Expect(scene.Locator(".asset-pick:has-text('seagulls-bed.wav')")).ToHaveCountAsync(0);
        var accepted = await scene.Locator("input.asset-file-input").GetAttributeAsync("accept");
        Assert.Contains(".png", accepted, StringComparison.Ordinal);
        Assert.Contains(".mp4", accepted, StringComparison.Ordinal);
        Assert.DoesNotContain(".wav", accepted, StringComparison.Ordinal);
        Assert.Contains("Pictures (PNG, JPEG, WebP", await scene.Locator(".asset-upload-button").GetAttributeAsync("title"), StringComparison.Ordinal);
    }

    /// <summary>Both widths' shots from the top of the page: a full-page shot draws the fixed app bar where the page is scrolled to.</summary>
    private static async Task ScreenshotFromTopAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, name);
    }

    /// <summary>
    /// Drags a card by its grip onto the top of another as a person does: the pointer travels over the cards between
    /// (the drop zone places the card by the cards it passes), starting on the grip before anything scrolls.
    /// </summary>
    private static async Task DragSceneAsync(IPage page, int from, int to)
    {
        var grip = page.Locator($"[data-scene='{from}'] .scene-grip");
        await grip.HoverAsync();
        await page.Mouse.DownAsync();
        var box = (await grip.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 10, box.Y - 10, new() { Steps = 4 });
        var target = (await page.Locator($"[data-scene='{to}']").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + 8, new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    public void Dispose() => _files.Dispose();
}
