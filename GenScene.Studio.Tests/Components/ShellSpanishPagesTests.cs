using GenScene.Studio.Features.Security;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components;

/// <summary>
/// The shell's own pages (home, jobs, a job, users, API keys, health) as a Spanish admin sees them: Spanish headings and
/// job states, times on the viewer's clock, and screenshots at both widths to check nothing longer in Spanish is cut off.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ShellSpanishPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_jobs_and_admin_pages_are_spanish_for_a_spanish_browser()
    {
        TestUsers.Ensure(browser.Studio.DataDirectory, "marta-es", "marta-es", "Contraseña-de-prueba-2", StudioRoles.Admin);
        var page = await browser.NewPageAsync("marta-es", "Contraseña-de-prueba-2", locale: "es-ES", timeZone: "America/Mexico_City");
        var job = await page.PostJsonAsync("/api/tts", new { text = "Hoy, naranjas a buen precio." });
        var jobId = job.GetProperty("jobId").GetString();

        await OpenAsync(page, "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hola, marta-es");
        await Assertions.Expect(page.Locator("#home-new-episode")).ToHaveTextAsync("Nuevo episodio");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "es-home");

        await OpenAsync(page, $"/jobs/{jobId}");
        await Assertions.Expect(page.Locator("#job-state")).ToHaveTextAsync("terminado", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Voz: 'Hoy, naranjas");
        await Assertions.Expect(page.Locator(".job-facts")).ToContainTextAsync("(America/Mexico_City)");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "es-job");

        await OpenAsync(page, "/jobs");
        await Assertions.Expect(page.Locator("#jobs th").First).ToHaveTextAsync("Trabajo");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "es-jobs");

        await OpenAsync(page, "/admin/users");
        await Assertions.Expect(page.Locator("#user-save")).ToHaveTextAsync("Añadir usuario");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "es-users");

        await OpenAsync(page, "/admin/keys");
        await Assertions.Expect(page.Locator("#key-save")).ToHaveTextAsync("Crear clave");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "es-keys");

        await OpenAsync(page, "/admin/health");
        await Assertions.Expect(page.Locator("#health-overall")).ToContainTextAsync("El estudio está");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "es-health");
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitUntilInteractiveAsync(page);
    }
}
