using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>Deleting an episode from the pages asks first, puts it in the trash, and the trash gives it back.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class EpisodeTrashPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_episode_deleted_from_the_list_after_confirming_goes_to_the_trash_and_is_restored_from_there()
    {
        var title = $"Harbour {Guid.NewGuid():N}"[..16];
        var id = await CreateEpisodeAsync(title);
        var page = await browser.OpenAsync("/episodes");
        // Made over HTTP (by the test's key), so it is in everyone's list, not the admin's own.
        await page.Locator(".owner-scope button", new() { HasTextString = "Everyone" }).ClickAsync();
        var row = page.Locator("#episodes tr", new() { Has = page.Locator("a.episode-link", new() { HasText = title }) });

        // Cancelling the confirmation keeps the episode.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Delete {title}" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync($"Move {title} to the trash?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await row.GetByRole(AriaRole.Button, new() { Name = $"Delete {title}" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "episode-delete-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Move to trash" }).ClickAsync();

        await Assertions.Expect(row).ToHaveCountAsync(0);
        using var http = browser.Studio.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/episodes/{id}")).StatusCode);

        await page.Locator("#episodes-trash-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(TrashUrl());
        var trashed = page.Locator("#trash tr", new() { HasText = title });
        // Purged 30 days after today, on the viewer's clock (this browser's is UTC) in their language's date format.
        await Assertions.Expect(trashed.Locator("td[data-label='Purged on']")).ToHaveTextAsync(DateTimeOffset.UtcNow.AddDays(30).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en")));
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "episodes-trash");

        await trashed.GetByRole(AriaRole.Button, new() { Name = $"Restore {title}" }).ClickAsync();
        await Assertions.Expect(trashed).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/episodes/{id}")).StatusCode);
        await page.GotoAsync("/episodes");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await page.Locator(".owner-scope button", new() { HasTextString = "Everyone" }).ClickAsync();
        await Assertions.Expect(page.Locator("a.episode-link", new() { HasText = title })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_episode_deleted_from_its_editor_after_confirming_leaves_for_the_list_and_waits_in_the_trash()
    {
        var title = $"Quay {Guid.NewGuid():N}"[..13];
        var id = await CreateEpisodeAsync(title);
        var page = await browser.OpenAsync($"/episodes/{id}");

        await page.Locator("#delete-episode").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("restore it from the trash for 30 days");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Move to trash" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/episodes$"));
        await Assertions.Expect(page.Locator("a.episode-link", new() { HasText = title })).ToHaveCountAsync(0);
        using var http = browser.Studio.CreateClient();
        var trash = await http.GetFromJsonAsync<JsonElement>("/api/episodes/trash");
        Assert.Contains(trash.EnumerateArray(), e => e.GetProperty("id").GetString() == id);
    }

    private async Task<string> CreateEpisodeAsync(string title)
    {
        using var http = browser.Studio.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/episodes", new { title, scenes = new object[] { new { text = "Boats rest in the harbour." } } });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [GeneratedRegex("/episodes/trash$")]
    private static partial Regex TrashUrl();
}
