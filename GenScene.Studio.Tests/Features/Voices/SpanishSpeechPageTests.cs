using GenScene.Studio.Features.Security;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>Speech, Voices and Jingles for a Spanish browser: Spanish words, Spanish numbers and Spanish messages beside the fields.</summary>
[Collection(BrowserTests.Name)]
public sealed class SpanishSpeechPageTests(BrowserFixture browser)
{
    private const string UserName = "marta-voices-es";
    private const string Password = "Contraseña-de-prueba-3";

    [Fact]
    public async Task A_spanish_admin_reads_speech_voices_and_jingles_in_spanish_with_spanish_messages()
    {
        TestUsers.Ensure(browser.Studio.DataDirectory, UserName, UserName, Password, StudioRoles.Admin);
        var page = await browser.NewPageAsync(UserName, Password, locale: "es-ES", timeZone: "Europe/Madrid");

        await page.GotoAsync("/speech");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Locución");
        await Assertions.Expect(page.Locator("#speech-counter")).ToContainTextAsync("0 / 5.000 caracteres");
        await page.Locator("#generate").ClickAsync();
        var field = page.Locator(".mud-input-control").Filter(new() { Has = page.Locator("textarea[name='speech-text']") });
        await Assertions.Expect(field.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("Falta el texto: escribe de 1 a 5.000 caracteres");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-speech");

        await page.GotoAsync("/voices");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Voces");
        await page.Locator("#add-voice").ClickAsync();
        await page.Locator("#save-voice").ClickAsync();
        var name = page.Locator(".mud-input-control").Filter(new() { Has = page.Locator("input[name='voice-name']") });
        await Assertions.Expect(name.Locator(".mud-input-helper-text.mud-input-error")).ToHaveTextAsync("Una voz necesita un nombre.");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-voices");

        await page.GotoAsync("/jingles");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sintonías");
        await page.Locator("#jingle-save").ClickAsync();
        await Assertions.Expect(page.Locator("#jingle-upload")).ToContainTextAsync("Elige un archivo de audio.");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-jingles");
    }
}
