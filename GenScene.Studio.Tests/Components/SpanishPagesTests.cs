using System.Text.Json;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components;

/// <summary>
/// A Spanish-speaking admin whose browser asks for Spanish sees every page in Spanish: no English resource text and
/// no English words in buttons, headings, labels or navigation, on every page the navigation offers and on the
/// detail pages behind them.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SpanishPagesTests(BrowserFixture browser)
{
    private const string UserName = "lucia-es";
    private const string Password = "Contraseña-de-prueba-1";

    [Fact]
    public async Task Every_page_speaks_spanish_to_a_browser_that_asks_for_it()
    {
        TestUsers.Ensure(browser.Studio.DataDirectory, "lucia-es", UserName, Password, StudioRoles.Admin);
        var page = await browser.NewPageAsync(UserName, Password, locale: "es-ES", timeZone: "Europe/Madrid");
        var paths = await DetailPathsAsync(page);
        await page.GotoAsync("/");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        foreach (var href in await page.Locator(".studio-nav a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            paths.Insert(0, href);
        }

        var english = VisibleTexts.EnglishResourceTexts();
        var words = VisibleTexts.EnglishWords();
        var problems = new List<string>();
        foreach (var path in paths.Distinct())
        {
            await page.GotoAsync(path);
            // Pages without the studio's layout (access denied) are plain HTML: nothing to wait for.
            if (await page.Locator(".studio-layout").CountAsync() > 0)
            {
                await BrowserFixture.WaitUntilInteractiveAsync(page);
            }
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var (all, chrome) = await VisibleTexts.ReadAsync(page);
            problems.AddRange(all.Distinct().Where(t => english.Any(e => e.Pattern.IsMatch(t))).Select(t => $"{path}: English text \"{t}\""));
            problems.AddRange(chrome.Distinct().Where(t => words.IsMatch(t) && !english.Any(e => e.Pattern.IsMatch(t))).Select(t => $"{path}: English words in \"{t}\""));
        }
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "spanish-episodes");

        // Signed out: the sign-in page follows the browser too.
        var visitor = await browser.NewPageAsync(null, null, locale: "es-MX");
        await visitor.GotoAsync("/account/login");
        var (signIn, signInChrome) = await VisibleTexts.ReadAsync(visitor);
        problems.AddRange(signIn.Distinct().Where(t => english.Any(e => e.Pattern.IsMatch(t))).Select(t => $"/account/login: English text \"{t}\""));
        problems.AddRange(signInChrome.Distinct().Where(t => words.IsMatch(t)).Select(t => $"/account/login: English words in \"{t}\""));
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Inicia sesión en GenScene Studio");

        Assert.True(problems.Count == 0, $"{problems.Count} English texts on Spanish pages:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>The pages behind the lists: one of this user's episodes, a job, a style's editor, and the pages no list links to.</summary>
    private async Task<List<string>> DetailPathsAsync(IPage page)
    {
        using var api = browser.Studio.CreateClient();
        var episode = await page.PostJsonAsync("/api/episodes", new { title = "Ofertas de invierno", scenes = new[] { new { text = "Bienvenidos a la tienda." }, new { text = "Gracias por su visita." } } });
        var job = await page.PostJsonAsync("/api/tts", new { text = "Hoy, naranjas a buen precio." });
        using var styles = JsonDocument.Parse(await api.GetStringAsync("/api/styles"));
        var style = styles.RootElement.ValueKind == JsonValueKind.Array ? styles.RootElement[0] : styles.RootElement.GetProperty("items")[0];
        return
        [
            $"/episodes/{episode.GetProperty("id").GetString()}",
            "/episodes/new",
            "/episodes/trash",
            $"/jobs/{job.GetProperty("jobId").GetString()}",
            $"/styles/{style.GetProperty("id").GetString()}/edit",
            "/styles/new",
            "/account/denied",
            "/not-found",
        ];
    }
}
