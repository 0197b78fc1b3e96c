using System.Text.Json;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>The styles gallery and editor for a Spanish browser: Spanish words, and the built-in styles under their Spanish names.</summary>
[Collection(BrowserTests.Name)]
public sealed class SpanishStylesGalleryTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_spanish_admin_sees_the_built_in_styles_by_their_spanish_names_and_edits_one_in_spanish()
    {
        TestUsers.Ensure(browser.Studio.DataDirectory, "marta-styles-es", "marta-styles-es", "Contraseña-de-prueba-2", StudioRoles.Admin);
        var page = await browser.NewPageAsync("marta-styles-es", "Contraseña-de-prueba-2", locale: "es-ES", timeZone: "Europe/Madrid");
        await page.GotoAsync("/styles");
        await BrowserFixture.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Estilos");
        await Assertions.Expect(page.Locator(".style-card[data-style-id=film-noir] .style-name")).ToHaveTextAsync("Cine negro");
        await Assertions.Expect(page.Locator(".style-card[data-style-id=retro-vhs-90s] .style-name")).ToHaveTextAsync("VHS retro de los 90");
        await Assertions.Expect(page.Locator(".style-card[data-style-id=film-noir] .style-use")).ToHaveTextAsync("Usar en un episodio nuevo");
        await StylePages.AllPreviewsLoadedAsync(page);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-styles-gallery");

        await page.Locator("#styles-category").GetByText("De época").ClickAsync();
        await Assertions.Expect(page.Locator(".style-card[data-style-id=film-noir]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".style-card[data-style-id=anime]")).ToHaveCountAsync(0);

        await page.GotoAsync("/styles/film-noir/edit");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Editar Cine negro");
        await Assertions.Expect(page.Locator("#style-version")).ToHaveTextAsync("versión del aspecto 1");
        await Assertions.Expect(page.Locator("input[name='style-name']")).ToHaveValueAsync("Cine negro");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-style-editor");

        // Saved untouched, the built-in words keep their stored English: the translation is only how they are shown.
        await page.Locator("#save-style").ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("Guardado.");
        using var api = browser.Studio.CreateClient();
        using var stored = JsonDocument.Parse(await api.GetStringAsync("/api/styles/film-noir"));
        Assert.Equal("Film Noir", stored.RootElement.GetProperty("name").GetString());
        Assert.StartsWith("1940s noir", stored.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
