using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>The drawn waveform under the speech player, in Chromium against the real studio, in the dark theme.</summary>
[Collection(BrowserTests.Name)]
public sealed class SpeechWaveformPageTests(BrowserFixture browser)
{
    private const string Text = "Platform two for the evening train. Please stand behind the yellow line while the train arrives.";

    [Fact]
    public async Task After_generating_the_waveform_is_drawn_and_a_click_at_half_its_width_plays_from_half_the_speech()
    {
        var page = await browser.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = "GenSceneTheme", Value = "dark", Url = browser.Studio.BaseAddress.ToString() }]);
        await page.GotoAsync("/speech");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await page.Locator("textarea[name=speech-text]").FillAsync(Text);
        await page.Locator($"button.voice-card[data-voice-id={SpeechApi.Ethan}]").ClickAsync();
        await page.Locator("#generate").ClickAsync();
        var jobId = await page.Locator("#speech-result .live-job").GetAttributeAsync("data-job-id");
        Assert.NotNull(jobId);

        // Drawn from the waveform.json the speech job wrote beside tts.wav (without it the page shows the PNG).
        var waveform = page.Locator("#speech-waveform");
        await Assertions.Expect(waveform.Locator("svg")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(waveform).Not.ToHaveAttributeAsync("data-duration", "0");
        var duration = await page.EvaluateAsync<double>("() => document.querySelector('#speech-audio').duration");
        Assert.InRange(duration, 2, 30);

        var box = (await waveform.BoundingBoxAsync())!;
        await waveform.ClickAsync(new() { Position = new() { X = box.Width / 2, Y = box.Height / 2 } });

        await page.WaitForFunctionAsync("half => Math.abs(document.querySelector('#speech-audio').currentTime - half) < 0.25", duration / 2);
        // The position line is drawn at half the SVG's width (its viewBox is one unit a column).
        await page.WaitForFunctionAsync("""
            () => { const svg = document.querySelector('#speech-waveform svg'); const line = svg.querySelector('line.waveform-position');
                    return Math.abs(line.x1.baseVal.value / svg.viewBox.baseVal.width - 0.5) < 0.01; }
            """);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "speech-waveform-dark");
    }
}
