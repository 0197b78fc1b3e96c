using System.Net;
using System.Net.Http.Json;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components;

/// <summary>The language: the user's choice (top bar, sign-in page), remembered for them; else their browser's; else the studio's default.</summary>
[Collection(BrowserTests.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_user_who_switches_to_spanish_gets_spanish_pages_and_again_at_the_next_sign_in_on_an_english_browser()
    {
        var name = $"marta-{Guid.NewGuid():N}"[..14];
        TestUsers.Ensure(browser.Studio.DataDirectory, name, name, "Contraseña-1", StudioRoles.Creator);
        var page = await browser.NewPageAsync(name, "Contraseña-1");
        await page.GotoAsync("/episodes");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".studio-nav")).ToContainTextAsync("Episodes");
        await Assertions.Expect(page.Locator("#culture-en")).ToHaveAttributeAsync("aria-pressed", "true");

        await page.ClickAsync("#culture-es");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/episodes$"));
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.Locator(".studio-nav")).ToContainTextAsync("Episodios");
        await Assertions.Expect(page.Locator("#sign-out")).ToHaveTextAsync("Cerrar sesión");
        await Assertions.Expect(page.Locator("#culture-es")).ToHaveAttributeAsync("aria-pressed", "true");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "language-switched-to-spanish");

        // Another browser, which asks for English: the user's choice wins once they sign in.
        var elsewhere = await browser.NewPageAsync(null, null, locale: "en-GB");
        await elsewhere.GotoAsync("/account/login");
        await Assertions.Expect(elsewhere.Locator("h1")).ToHaveTextAsync("Sign in to GenScene Studio");
        await elsewhere.FillAsync("#userName", name);
        await elsewhere.FillAsync("#password", "Contraseña-1");
        await elsewhere.ClickAsync("#sign-in");
        await BrowserFixture.WaitUntilInteractiveAsync(elsewhere);
        await Assertions.Expect(elsewhere.Locator("#sign-out")).ToHaveTextAsync("Cerrar sesión");
    }

    [Fact]
    public async Task The_sign_in_page_switches_language_before_anyone_signs_in()
    {
        var visitor = await browser.NewPageAsync(null, null, locale: "en-US");
        await visitor.GotoAsync("/account/login");
        await Assertions.Expect(visitor.Locator("#sign-in")).ToHaveTextAsync("Sign in");

        await visitor.ClickAsync("#culture-es");

        await Assertions.Expect(visitor.Locator("#sign-in")).ToHaveTextAsync("Iniciar sesión");
        await Assertions.Expect(visitor.Locator("label[for='userName']")).ToHaveTextAsync("Nombre de usuario");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(visitor, "sign-in-in-spanish");
    }

    [Fact]
    public async Task An_unknown_language_is_refused_by_name_in_the_language_the_browser_asks_for()
    {
        var page = await browser.NewPageAsync(null, null, locale: "es-ES");
        await page.GotoAsync("/account/login");
        var token = await page.Locator("#culture-switch input[name='__RequestVerificationToken']").GetAttributeAsync("value");

        var answer = await page.APIRequest.PostAsync("/account/culture", new()
        {
            Multipart = page.APIRequest.CreateFormData().Append("culture", "klingon").Append("__RequestVerificationToken", token!),
            Headers = new Dictionary<string, string> { ["Accept-Language"] = "es" },
        });

        Assert.Equal((int)HttpStatusCode.BadRequest, answer.Status);
        var problem = await answer.JsonAsync();
        Assert.Equal("Unsupported language", problem!.Value.GetProperty("title").GetString());
        Assert.Equal("El idioma «klingon» no es uno de los del estudio; elige uno de estos: es, en.", problem.Value.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_choice_or_a_browser_language_the_studio_speaks_its_default()
    {
        // The tests' studio is set to English (GenScene:DefaultCulture); a plain client sends no Accept-Language.
        using var client = browser.Studio.CreateClient();
        client.DefaultRequestHeaders.Remove("X-API-Key");
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/account/login"));
        Assert.Contains("Sign in to GenScene Studio", english, StringComparison.Ordinal);
        using var spanish = new HttpRequestMessage(HttpMethod.Get, "/account/login") { Headers = { { "Accept-Language", "es-AR,es;q=0.9" } } };
        using var answer = await client.SendAsync(spanish);
        Assert.Contains("Inicia sesión en GenScene Studio", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
