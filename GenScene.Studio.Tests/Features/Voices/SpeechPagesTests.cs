using System.Globalization;
using System.Text.RegularExpressions;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>The Speech and Voices pages in Chromium against the real studio process.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class SpeechPagesTests(BrowserFixture browser)
{
    private const string DurationWhenLoaded = """
        a => new Promise(resolve => a.readyState >= 1 ? resolve(a.duration) : a.addEventListener('loadedmetadata', () => resolve(a.duration)))
        """;

    [Fact]
    public async Task A_voice_card_plays_a_sample_of_its_voice_without_choosing_it()
    {
        var page = await browser.OpenAsync("/speech");
        var frame = page.Locator($".voice-card-frame[data-voice-id={SpeechApi.Valentina}]");
        var chosenBefore = await page.Locator("button.voice-card[aria-checked=true]").GetAttributeAsync("data-voice-id");

        await frame.Locator(".voice-card-listen").ClickAsync();

        var sample = frame.Locator("audio.voice-card-sample");
        await Assertions.Expect(sample).ToBeVisibleAsync(new() { Timeout = 90_000 });
        Assert.InRange(await sample.EvaluateAsync<double>(DurationWhenLoaded), 1, 15);
        Assert.Equal(chosenBefore, await page.Locator("button.voice-card[aria-checked=true]").GetAttributeAsync("data-voice-id"));
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "voice-cards-listen");
    }

    [Fact]
    public async Task Typing_text_picking_a_spanish_voice_and_generating_gives_a_playable_player_and_the_loudness()
    {
        var page = await browser.OpenAsync("/speech");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Speech");
        var textArea = page.Locator("textarea[name=speech-text]");

        await textArea.FillAsync(SpeechApi.SpanishText);
        await Assertions.Expect(page.Locator("#speech-counter")).ToContainTextAsync($"{SpeechApi.SpanishText.Length} / 5,000 characters");
        var card = page.Locator($"button.voice-card[data-voice-id={SpeechApi.Valentina}]");
        await card.ClickAsync();
        await page.Locator("#generate").ClickAsync();

        var audio = page.Locator("#speech-audio");
        await Assertions.Expect(audio).ToBeVisibleAsync(new() { Timeout = 90_000 });
        Assert.Matches(@"^/files/[^/]+/tts\.wav$", await audio.GetAttributeAsync("src"));
        var duration = await audio.EvaluateAsync<double>(DurationWhenLoaded);
        Assert.InRange(duration, 1, 30);
        // Drawn from the job's peaks when it wrote them, else its waveform.png; the PNG is a download either way.
        await Assertions.Expect(page.Locator("#speech-waveform")).ToBeVisibleAsync();
        var png = await page.APIRequest.GetAsync((await page.Locator("#speech-waveform-png").GetAttributeAsync("href"))!);
        Assert.Equal(200, png.Status);
        Assert.Equal("image/png", png.Headers["content-type"]);

        var loudness = page.Locator("#speech-loudness");
        await Assertions.Expect(loudness).ToContainTextAsync("LUFS integrated");
        var lufs = double.Parse(Lufs().Match(await loudness.InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(lufs, -17, -15);
        await Assertions.Expect(loudness).ToContainTextAsync("dBTP");
        await Assertions.Expect(page.Locator("#speech-recent li").First).ToContainTextAsync("¿Dónde está");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "speech-result");
    }

    [Fact]
    public async Task Generating_without_text_shows_the_error_next_to_the_field_and_no_result()
    {
        var page = await browser.OpenAsync("/speech");
        await Assertions.Expect(page.Locator("textarea[name=speech-text]")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("button.voice-card[aria-checked=true]")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "speech-empty");

        await page.Locator("#generate").ClickAsync();

        var field = page.Locator(".mud-input-control").Filter(new() { Has = page.Locator("textarea[name=speech-text]") });
        await Assertions.Expect(field.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("Text is required");
        await Assertions.Expect(page.Locator("#speech-result")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#speech-audio")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "speech-empty-text");
    }

    [Fact]
    public async Task The_voices_page_lists_the_seeded_voices_and_listen_plays_a_sample()
    {
        var page = await browser.OpenAsync("/voices");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Voices");
        var rows = page.Locator("tr:has(> td[data-voice-id])");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        foreach (var name in new[] { "Ava", "Ethan", "Grace", "Oliver", "Lucía", "Mateo", "Valentina", "Diego" })
        {
            await Assertions.Expect(rows.Filter(new() { HasText = name })).ToHaveCountAsync(1);
        }
        // A fresh studio's default: pico's Emma where pico is installed (the setup installs it), else espeak-ng's Ava (ADR 0052).
        var pico = await page.Locator("td[data-voice-id='pico-en-us']").CountAsync() > 0;
        await Assertions.Expect(Row(page, pico ? "pico-en-us" : SpeechApi.Ava).Locator(".voice-default")).ToBeVisibleAsync();

        var row = Row(page, "espeak-ng-en-gb-m3");
        await row.Locator(".voice-listen").ClickAsync();

        var sample = row.Locator("audio.voice-sample");
        await Assertions.Expect(sample).ToHaveCountAsync(1, new() { Timeout = 90_000 });
        Assert.Matches(@"^/files/[^/]+/tts\.wav$", await sample.GetAttributeAsync("src"));
        Assert.InRange(await sample.EvaluateAsync<double>(DurationWhenLoaded), 1, 30);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "voices-list");
    }

    [Fact]
    public async Task Adding_a_voice_shows_what_is_missing_under_its_field_and_then_lists_the_voice()
    {
        var page = await browser.OpenAsync("/voices");
        await page.Locator("#add-voice").ClickAsync();
        var form = page.Locator("#voice-form");
        await Assertions.Expect(form.Locator("h2")).ToHaveTextAsync("New voice");

        await page.Locator("#save-voice").ClickAsync();
        var nameField = form.Locator(".mud-input-control").Filter(new() { Has = page.Locator("input[name=voice-name]") });
        await Assertions.Expect(nameField.Locator(".mud-input-helper-text.mud-input-error")).ToHaveTextAsync("A voice needs a name.");
        var idField = form.Locator(".mud-input-control").Filter(new() { Has = page.Locator("input[name=voice-provider-id]") });
        await Assertions.Expect(idField.Locator(".mud-input-helper-text.mud-input-error")).ToHaveTextAsync("Say which voice of the engine this is.");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "voices-add");

        await page.Locator("input[name=voice-name]").FillAsync("Sofía");
        await page.Locator("input[name=voice-provider-id]").FillAsync("es+f4");
        await page.Locator("input[name=voice-language]").FillAsync("es");
        await page.Locator("#save-voice").ClickAsync();

        await Assertions.Expect(form).ToHaveCountAsync(0);
        var row = Row(page, "espeak-ng-es-f4");
        await Assertions.Expect(row).ToContainTextAsync("Sofía");
        await row.Locator(".voice-edit").ClickAsync();
        await Assertions.Expect(form.Locator("h2")).ToHaveTextAsync("Edit Sofía");
        await Assertions.Expect(page.Locator("input[name=voice-language]")).ToHaveValueAsync("es");
    }

    private static ILocator Row(IPage page, string voiceId) => page.Locator($"tr:has(> td[data-voice-id='{voiceId}'])");

    [GeneratedRegex(@"(-?\d+(?:\.\d+)?) LUFS integrated")]
    private static partial Regex Lufs();
}
