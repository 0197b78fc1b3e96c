using GenScene.Studio.Features.Security;
using GenScene.Studio.Tests.Components;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>
/// A Spanish-speaking creator sees the episode pages, the assets page and their dialogs in Spanish: no English resource
/// text, no English words in buttons, headings and labels, with a scene's details, the picture library, the delete
/// confirmations and an asset card on screen; and nothing of it is cut off at phone width.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class EpisodesSpanishPagesTests(BrowserFixture browser) : IDisposable
{
    private const string UserName = "mateo-es";
    private const string Password = "Contraseña-de-prueba-2";
    private readonly TempDirectory _files = new();
    private readonly List<string> _problems = [];

    [Fact]
    public async Task Episodes_and_assets_pages_and_their_dialogs_speak_spanish()
    {
        TestUsers.Ensure(browser.Studio.DataDirectory, "mateo-es", UserName, Password, StudioRoles.Admin);
        var page = await browser.NewPageAsync(UserName, Password, locale: "es-ES", timeZone: "America/Mexico_City");
        var picture = await new AudioServices().Files.PngAsync(_files.Combine("plaza.png"));
        var form = page.APIRequest.CreateFormData();
        form.Set("file", new FilePayload { Name = "plaza.png", MimeType = "image/png", Buffer = await File.ReadAllBytesAsync(picture) });
        var asset = (await (await page.APIRequest.PostAsync("/api/assets", new() { Multipart = form })).JsonAsync())!.Value.GetProperty("id").GetString();
        var episode = (await page.PostJsonAsync("/api/episodes", new
        {
            title = "Ofertas de invierno",
            scenes = new object[] { new { text = "Bienvenidos a la tienda.", assetId = asset }, new { text = "Gracias por su visita." } },
        })).GetProperty("id").GetString();
        var trashed = (await page.PostJsonAsync("/api/episodes", new { title = "Borrador viejo", scenes = new[] { new { text = "Hola." } } })).GetProperty("id").GetString();
        await page.APIRequest.DeleteAsync($"/api/episodes/{trashed}");

        await OpenAsync(page, "/episodes");
        await CheckAsync(page, "/episodes");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Episodios");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-episodes-list");

        await OpenAsync(page, "/episodes/trash");
        await CheckAsync(page, "/episodes/trash");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-episodes-trash");

        await OpenAsync(page, "/episodes/new");
        await CheckAsync(page, "/episodes/new");

        await OpenAsync(page, $"/episodes/{episode}");
        await page.Locator(".scene-details-toggle").First.ClickAsync();
        await Assertions.Expect(page.Locator(".scene-details").First).ToBeVisibleAsync();
        await CheckAsync(page, "/episodes/{id} with a scene's details");
        await Assertions.Expect(page.Locator("#compose")).ToHaveTextAsync("Componer");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-episode-editor");

        await page.Locator(".scene-choose").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog .asset-card")).Not.ToHaveCountAsync(0);
        await CheckAsync(page, "/episodes/{id} picture library dialog");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-episode-picture-dialog");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancelar" }).ClickAsync();

        await page.Locator("#delete-episode").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("¿Mover Ofertas de invierno a la papelera?");
        await CheckAsync(page, "/episodes/{id} delete dialog");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancelar" }).ClickAsync();

        await OpenAsync(page, "/assets");
        await Assertions.Expect(page.Locator(".asset-card[data-kind=image]").First).ToContainTextAsync("imagen");
        await CheckAsync(page, "/assets");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-assets");
        // By id, not by name: the library keeps one copy per content, so a picture another test uploaded first keeps its name.
        var card = page.Locator($".asset-card[data-asset-id='{asset}']");
        var name = (await card.Locator(".asset-name").InnerTextAsync()).Trim();
        await card.GetByRole(AriaRole.Button, new() { Name = "Eliminar" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync($"¿Eliminar {name} de la biblioteca?");
        await CheckAsync(page, "/assets delete dialog");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancelar" }).ClickAsync();

        Assert.True(_problems.Count == 0, $"{_problems.Count} English texts on Spanish pages:{Environment.NewLine}{string.Join(Environment.NewLine, _problems)}");
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Notes every English resource text and English chrome word on the page as it is now.</summary>
    private async Task CheckAsync(IPage page, string where)
    {
        var english = VisibleTexts.EnglishResourceTexts();
        var words = VisibleTexts.EnglishWords();
        var (all, chrome) = await VisibleTexts.ReadAsync(page);
        _problems.AddRange(all.Distinct().Where(t => english.Any(e => e.Pattern.IsMatch(t))).Select(t => $"{where}: English text \"{t}\""));
        _problems.AddRange(chrome.Distinct().Where(t => words.IsMatch(t) && !english.Any(e => e.Pattern.IsMatch(t))).Select(t => $"{where}: English words in \"{t}\""));
    }

    public void Dispose() => _files.Dispose();
}
