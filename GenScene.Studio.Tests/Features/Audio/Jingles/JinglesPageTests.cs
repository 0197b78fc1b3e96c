using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Audio.Jingles;

[Collection(BrowserTests.Name)]
public sealed class JinglesPageTests(BrowserFixture browser) : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly AudioFiles _make = new AudioServices().Files;

    [Fact]
    public async Task An_admin_uploads_a_jingle_that_is_listed_with_its_length_and_an_upload_without_a_file_says_so()
    {
        var bed = await _make.LavfiAsync(_files.Combine("harbour-bed.mp3"), "sine=frequency=330:duration=3", "-c:a", "libmp3lame");
        var name = $"Harbour bed {Guid.NewGuid():N}"[..20];
        var page = await browser.OpenAsync("/jingles");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Jingles");

        await page.Locator("#jingle-save").ClickAsync();
        await Assertions.Expect(page.Locator("#jingle-upload")).ToContainTextAsync("Choose an audio file.");

        await page.Locator("input[name=jingle-name]").FillAsync(name);
        await page.Locator("input[name=jingle-role]").Locator("xpath=..").ClickAsync(); // the select's visible box holds its hidden input
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = "Bed" }).ClickAsync();
        await page.Locator("#jingle-upload input[type=file]").SetInputFilesAsync(bed);
        await Assertions.Expect(page.Locator("#jingle-upload")).ToContainTextAsync("harbour-bed.mp3");
        await page.Locator("#jingle-save").ClickAsync();

        var row = page.Locator("#jingles tr", new() { HasTextString = name });
        await Assertions.Expect(row).ToContainTextAsync("bed", new() { Timeout = 20_000 });
        await Assertions.Expect(row).ToContainTextAsync("3.0 s");
        await Assertions.Expect(page.Locator("#jingle-upload")).Not.ToContainTextAsync("Choose an audio file.");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "jingles");
    }

    [Fact]
    public async Task Each_jingle_can_be_listened_to_from_its_row()
    {
        var intro = await _make.LavfiAsync(_files.Combine("listen-intro.mp3"), "sine=frequency=520:duration=2", "-c:a", "libmp3lame");
        var name = $"Listen intro {Guid.NewGuid():N}"[..20];
        using (var http = browser.Studio.CreateClient())
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(intro)), "file", "listen-intro.mp3" }, { new StringContent(name), "name" }, { new StringContent("intro"), "role" } })
        using (var created = await http.PostAsync("/api/jingles", form))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        }
        var page = await browser.OpenAsync("/jingles");

        var player = page.Locator("#jingles tr", new() { HasTextString = name }).Locator("audio.jingle-player");
        await Assertions.Expect(player).ToBeVisibleAsync();
        // The player loads nothing until asked; asked, it gets the jingle (through the admin's cookie) and knows its length.
        var duration = await player.EvaluateAsync<double>("""
            a => new Promise((resolve, reject) => {
              a.addEventListener('loadedmetadata', () => resolve(a.duration));
              a.addEventListener('error', () => reject(new Error('no audio: ' + (a.error && a.error.code))));
              a.preload = 'metadata';
              a.load();
            })
            """);
        Assert.InRange(duration, 1.8, 2.3);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "jingles-listen");
    }

    public void Dispose() => _files.Dispose();
}
