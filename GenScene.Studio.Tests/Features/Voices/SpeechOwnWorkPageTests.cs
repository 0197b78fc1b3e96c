using System.Text;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>The Speech page's limit, messages and result placement, and its Recent list as each user sees it.</summary>
[Collection(BrowserTests.Name)]
public sealed class SpeechOwnWorkPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pasting_6000_characters_keeps_them_all_shows_the_real_count_and_blocks_generate_naming_the_limit()
    {
        var page = await browser.OpenAsync("/speech");
        var text = new StringBuilder();
        while (text.Length < 6000)
        {
            text.Append("La fruta fresca llega cada mañana a la tienda. ");
        }
        var pasted = text.ToString()[..6000];
        var textArea = page.Locator("textarea[name=speech-text]");
        var field = page.Locator(".mud-input-control").Filter(new() { Has = textArea });

        await textArea.FillAsync(pasted);

        Assert.Equal(6000, (await textArea.InputValueAsync()).Length); // nothing cut
        await Assertions.Expect(page.Locator("#speech-counter")).ToContainTextAsync("6,000 / 5,000 characters");
        await Assertions.Expect(field.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("the limit is 5,000");
        await Assertions.Expect(page.Locator("#generate")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#generate-blocked")).ToContainTextAsync("5,000 characters or fewer");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "speech-over-limit");

        await textArea.FillAsync(pasted[..5000]);
        await Assertions.Expect(page.Locator("#generate")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#generate-blocked")).ToHaveCountAsync(0);
        await Assertions.Expect(field.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_message_clears_once_the_text_is_valid_and_the_result_appears_beside_generate_in_view()
    {
        var page = await browser.OpenAsync("/speech");
        await page.SetViewportSizeAsync(1440, 900);
        var textArea = page.Locator("textarea[name=speech-text]");
        var field = page.Locator(".mud-input-control").Filter(new() { Has = textArea });
        await page.Locator("#generate").ClickAsync();
        await Assertions.Expect(field.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("Text is required");

        await textArea.PressSequentiallyAsync("Buenos días");

        await Assertions.Expect(field.Locator(".mud-input-error")).ToHaveCountAsync(0); // without pressing Generate again

        await page.Locator("#generate").ClickAsync();
        var result = page.Locator("#speech-result");
        await Assertions.Expect(result).ToBeInViewportAsync(new() { Timeout = 30_000 });
        var generate = (await page.Locator("#generate").BoundingBoxAsync())!;
        var box = (await result.BoundingBoxAsync())!;
        Assert.True(box.Y > generate.Y, $"the result (y {box.Y}) is not below Generate (y {generate.Y})");
        Assert.True(Math.Abs(box.X - generate.X) < 40, $"the result (x {box.X}) is not in Generate's column (x {generate.X})");
        await Assertions.Expect(page.Locator("#speech-audio")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "speech-result-beside-generate");

        // On a phone too: the page scrolls to the result.
        await page.SetViewportSizeAsync(390, 844);
        await textArea.FillAsync("Buenas tardes");
        await page.Locator("#generate").ClickAsync();
        await Assertions.Expect(result).ToBeInViewportAsync(new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Recent_lists_my_speech_first_everyones_on_asking_with_owners_and_never_voice_samples()
    {
        // Someone else's speech: a script with the bootstrap key.
        using var script = browser.Studio.CreateClient();
        var theirs = $"Texto del guion {Guid.NewGuid():N}"[..24] + ".";
        string scriptJob;
        using (var posted = await script.PostAsync("/api/tts", new StringContent($$"""{ "text": "{{theirs}}" }""", Encoding.UTF8, "application/json")))
        {
            var body = await posted.Content.ReadAsStringAsync();
            Assert.True(posted.IsSuccessStatusCode, body);
            scriptJob = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("jobId").GetString()!;
        }

        // A voice sample, heard on the Voices page.
        var admin = await browser.OpenAsync("/voices");
        var voice = admin.Locator("tr:has(> td[data-voice-id='espeak-ng-en-us-m3'])");
        await voice.Locator(".voice-listen").ClickAsync();
        await Assertions.Expect(voice.Locator("audio.voice-sample")).ToHaveCountAsync(1, new() { Timeout = 90_000 });
        var sampleJob = (await voice.Locator("audio.voice-sample").GetAttributeAsync("src"))!.Split('/')[2];
        await admin.APIRequest.WaitForJobAsync(sampleJob, "succeeded");
        await admin.APIRequest.WaitForJobAsync(scriptJob, "succeeded");

        // The creator's own.
        var mine = $"Hola {Guid.NewGuid():N}"[..13] + ".";
        var creator = await browser.OpenAsCreatorAsync("/speech");
        await creator.Locator("textarea[name=speech-text]").FillAsync(mine);
        await creator.Locator("#generate").ClickAsync();
        var recent = creator.Locator("#speech-recent");
        await Assertions.Expect(recent.Locator("li").First).ToContainTextAsync(mine, new() { Timeout = 90_000 });
        await Assertions.Expect(recent).Not.ToContainTextAsync(theirs);
        await Assertions.Expect(recent.Locator("li").First.Locator(".owner-name")).ToHaveTextAsync(TestCredentials.CreatorUser);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "speech-recent-mine");

        await creator.Locator(".owner-scope button", new() { HasTextString = "Everyone" }).ClickAsync();
        var scripted = recent.Locator("li").Filter(new() { HasTextString = theirs });
        await Assertions.Expect(scripted).ToHaveCountAsync(1);
        await Assertions.Expect(scripted.Locator(".owner-name")).ToHaveTextAsync(ApiKeyService.BootstrapName);
        await Assertions.Expect(recent).ToContainTextAsync(mine);
        await Assertions.Expect(recent).Not.ToContainTextAsync("This is how I sound");
        await Assertions.Expect(recent.Locator($"a[href='/speech?result={sampleJob}']")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "speech-recent-everyone");
        await creator.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
