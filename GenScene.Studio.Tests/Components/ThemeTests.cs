using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components;

[Collection(BrowserTests.Name)]
public sealed class ThemeTests(BrowserFixture browser)
{
    /// <summary>WCAG contrast of each visible link and accent-coloured text against the colour behind it; lists those under 4.5:1.</summary>
    private const string UnreadableAccents = """
        () => {
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          const behind = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c; } return [255, 255, 255]; };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          return [...document.querySelectorAll('a, .mud-link, [class*="-text"].mud-chip, .mud-primary-text, .mud-info-text, .mud-secondary-text')]
            .filter(el => el.offsetParent !== null && el.textContent.trim().length > 0)
            .map(el => ({ el, r: ratio(rgb(getComputedStyle(el).color), behind(el)) }))
            .filter(x => x.r < 4.5)
            .map(x => `${x.el.tagName.toLowerCase()}.${x.el.className} "${x.el.textContent.trim().slice(0, 30)}" ${x.r.toFixed(2)}:1`);
        }
        """;

    [Fact]
    public async Task In_dark_mode_links_and_accents_are_readable_and_there_is_one_accent_colour()
    {
        using (var http = browser.Studio.CreateClient())
        using (var form = new MultipartFormDataContent())
        {
            var picture = await new GenScene.Studio.Tests.Features.Audio.AudioServices().Files.PngAsync(Path.Combine(Path.GetTempPath(), $"theme-{Guid.NewGuid():N}.png"));
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(picture)), "file", "theme-test.png");
            using var created = await http.PostAsync("/api/assets", form);
            File.Delete(picture);
        }
        var page = await browser.NewPageAsync();
        await page.Context.AddCookiesAsync([new Cookie { Name = "GenSceneTheme", Value = "dark", Url = browser.Studio.BaseAddress.ToString() }]);
        await page.GotoAsync("/assets");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".asset-card").First).ToBeVisibleAsync();

        var unreadable = await page.EvaluateAsync<string[]>(UnreadableAccents);
        Assert.True(unreadable.Length == 0, "under 4.5:1 in dark mode: " + string.Join("; ", unreadable));
        var palette = await page.EvaluateAsync<string[]>("() => ['--mud-palette-primary', '--mud-palette-info', '--mud-palette-tertiary', '--mud-palette-secondary'].map(v => getComputedStyle(document.documentElement).getPropertyValue(v).trim())");
        Assert.Equal(palette[0], palette[1]); // information is drawn in the accent, not in a second blue
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "dark-mode-assets");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_studio_has_a_favicon_in_svg_and_png()
    {
        var page = await browser.OpenAsync("/");
        var icons = await page.Locator("link[rel=icon]").EvaluateAllAsync<string[]>("links => links.map(l => l.href)");
        Assert.Equal(2, icons.Length);
        foreach (var icon in icons)
        {
            var response = await page.APIRequest.GetAsync(icon);
            Assert.Equal(200, response.Status);
            Assert.True(response.Headers["content-type"] is "image/svg+xml" or "image/png", response.Headers["content-type"]);
        }
        await page.Context.CloseAsync();
    }
}
