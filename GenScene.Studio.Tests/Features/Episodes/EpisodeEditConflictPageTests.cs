using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>Two people with one episode open: what one saves is pushed to the other's page, and never overwritten unseen.</summary>
[Collection(BrowserTests.Name)]
public sealed class EpisodeEditConflictPageTests(BrowserFixture browser)
{
    private const string Password = "creator-password-1";

    [Fact]
    public async Task The_second_page_is_told_who_saved_a_newer_version_keeps_it_and_offers_to_reload_or_keep_a_copy()
    {
        var ana = await AddCreatorAsync();
        using var http = browser.Studio.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/episodes", new { title = "Ferry news", scenes = new[] { new { text = "The ferry leaves at ten." } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var a = await browser.NewPageAsync(ana, Password);
        await a.GotoAsync($"/episodes/{id}");
        await BrowserFixture.WaitUntilInteractiveAsync(a);
        var b = await browser.OpenAsync($"/episodes/{id}");
        var notice = b.Locator("#stale-edit-notice");
        await Assertions.Expect(notice).ToHaveCountAsync(0);

        // Ana edits and her page saves; the admin's page hears of it at once, without being reloaded.
        await a.Locator("textarea[name=scene-1-text]").FillAsync("The ferry leaves at noon.");
        await Assertions.Expect(a.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        await Assertions.Expect(notice).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(notice).ToContainTextAsync($"{ana} saved a newer version");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(b, "episode-edit-conflict");

        // The admin edits anyway: the page saves nothing, so Ana's text stays.
        await b.Locator("textarea[name=scene-1-text]").FillAsync("The ferry is cancelled.");
        await Assertions.Expect(b.Locator("#save-status")).ToContainTextAsync("Not saved", new() { Timeout = 10_000 });
        await b.WaitForTimeoutAsync(1_500); // longer than the autosave's pause
        Assert.Equal("The ferry leaves at noon.", await SceneTextAsync(http, id));

        // "Reload" takes Ana's version.
        await b.Locator("#stale-reload").ClickAsync();
        await Assertions.Expect(b.Locator("textarea[name=scene-1-text]")).ToHaveValueAsync("The ferry leaves at noon.");
        await Assertions.Expect(notice).ToHaveCountAsync(0);

        // Ana saves again while the admin writes a draft of his own: "Keep editing a copy" keeps both.
        await a.Locator("textarea[name=scene-1-text]").FillAsync("The ferry leaves at one.");
        await Assertions.Expect(notice).ToContainTextAsync(ana, new() { Timeout = 15_000 });
        await b.Locator("textarea[name=scene-1-text]").FillAsync("Take the bus instead.");
        await b.Locator("#stale-keep-copy").ClickAsync();
        await Assertions.Expect(b.Locator("#save-status")).ToContainTextAsync("Saved as a copy");
        await Assertions.Expect(notice).ToHaveCountAsync(0);
        await b.WaitForURLAsync(url => !url.EndsWith(id, StringComparison.Ordinal));
        var copyId = b.Url[(b.Url.LastIndexOf('/') + 1)..];
        var copy = await http.GetFromJsonAsync<JsonElement>($"/api/episodes/{copyId}");
        Assert.Equal("Ferry news (copy)", copy.GetProperty("title").GetString());
        Assert.Equal("Take the bus instead.", copy.GetProperty("scenes")[0].GetProperty("text").GetString());
        Assert.Equal("The ferry leaves at one.", await SceneTextAsync(http, id));

        // From now on the admin edits the copy, and Ana's page edits the original as before.
        await b.Locator("textarea[name=scene-1-text]").FillAsync("Take the bus at one.");
        await Assertions.Expect(b.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        Assert.Equal("Take the bus at one.", await SceneTextAsync(http, copyId));
        Assert.Equal("The ferry leaves at one.", await SceneTextAsync(http, id));
        await a.Context.CloseAsync();
        await b.Context.CloseAsync();
    }

    [Fact]
    public async Task A_change_saved_by_a_script_is_pushed_to_the_open_editor_naming_the_key()
    {
        using var http = browser.Studio.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/episodes", new { title = "Weather", scenes = new[] { new { text = "Sun." } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var page = await browser.OpenAsync($"/episodes/{id}");

        using var edited = await http.PutAsJsonAsync($"/api/episodes/{id}", new { title = "Weather", scenes = new[] { new { text = "Rain." } } });
        var by = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("updatedBy").GetString()!;

        await Assertions.Expect(page.Locator("#stale-edit-notice")).ToContainTextAsync($"{by} saved a newer version of this episode (version 2)", new() { Timeout = 10_000 });
        await page.Locator("#stale-reload").ClickAsync();
        await Assertions.Expect(page.Locator("textarea[name=scene-1-text]")).ToHaveValueAsync("Rain.");
        await page.Context.CloseAsync();
    }

    private async Task<string> AddCreatorAsync()
    {
        var admin = await browser.OpenAsync("/admin/users");
        var name = $"ana{Guid.NewGuid():N}"[..12];
        await admin.Locator("input[name=user-name]").FillAsync(name);
        await admin.Locator("input[name=user-password]").FillAsync(Password);
        await admin.Locator("#user-save").ClickAsync();
        await Assertions.Expect(admin.Locator("#users")).ToContainTextAsync(name);
        await admin.Context.CloseAsync();
        return name;
    }

    private static async Task<string?> SceneTextAsync(HttpClient http, string id) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/episodes/{id}")).GetProperty("scenes")[0].GetProperty("text").GetString();
}
