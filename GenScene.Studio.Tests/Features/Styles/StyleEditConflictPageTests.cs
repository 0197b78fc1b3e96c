using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>An admin saving a style that a script changed since the page opened is refused, told who, and can reload.</summary>
[Collection(BrowserTests.Name)]
public sealed class StyleEditConflictPageTests(BrowserFixture browser)
{
    private static readonly string[] Palette = ["#102030", "#a0b0c0"];

    [Fact]
    public async Task A_save_on_an_older_version_is_refused_with_a_notice_and_reload_shows_the_newer_one()
    {
        using var http = browser.Studio.CreateClient();
        var id = $"harbour-{Guid.NewGuid():N}"[..16];
        using (var created = await http.PostAsJsonAsync("/api/styles", new
        {
            id, name = "Harbour", category = "artistic", description = "Sea light.", palette = Palette, demoScene = "A quay at dawn",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var page = await browser.OpenAsync($"/styles/{id}/edit");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Edit Harbour");

        using var edited = await http.PutAsJsonAsync($"/api/styles/{id}/look", new { saturation = 1.5 });
        var by = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updatedBy").GetString();

        var description = page.Locator("textarea[name='style-description']");
        await description.FillAsync("Sea light, described again.");
        await description.PressAsync("Tab");
        await page.Locator("#save-style").ClickAsync();
        var notice = page.Locator("#stale-edit-notice");
        await Assertions.Expect(notice).ToContainTextAsync($"{by} saved a newer version of this style (version 2)");
        var stored = await http.GetFromJsonAsync<JsonElement>($"/api/styles/{id}");
        Assert.Equal(("Sea light.", 1.5), (stored.GetProperty("description").GetString(), stored.GetProperty("look").GetProperty("saturation").GetDouble()));

        await page.Locator("#stale-reload").ClickAsync();
        await Assertions.Expect(notice).ToHaveCountAsync(0);
        Assert.Equal("1.5", await page.Locator("input[name=saturation]").InputValueAsync());
        await description.FillAsync("Sea light, described again.");
        await description.PressAsync("Tab");
        await page.Locator("#save-style").ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("Saved.");
        Assert.Equal("Sea light, described again.", (await http.GetFromJsonAsync<JsonElement>($"/api/styles/{id}")).GetProperty("description").GetString());
        await page.Context.CloseAsync();
    }
}
