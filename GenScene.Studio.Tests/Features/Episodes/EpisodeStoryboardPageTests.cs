using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>The editor as a storyboard: compact scene cards with their own picture, details folded, reordered by mouse or keyboard.</summary>
[Collection(BrowserTests.Name)]
public sealed class EpisodeStoryboardPageTests(BrowserFixture browser) : IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task Six_scenes_show_five_or_more_whole_cards_on_a_1440x900_screen_with_their_details_folded_away()
    {
        var picture = await UploadPictureAsync("quay.png");
        var id = await CreateEpisodeAsync("Six scenes",
            [("Boats rest in the harbour at dawn.", picture), ("Gulls circle over the fish market.", null), ("Nets dry on the quay.", null),
             ("The ferry leaves at nine.", null), ("Fishermen mend their lines.", null), ("Night falls over the harbour.", null)]);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);
        await page.GotoAsync($"/episodes/{id}");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".scene-card[data-scene]")).ToHaveCountAsync(6);

        var whole = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('.scene-card[data-scene]')]
                .map(c => c.getBoundingClientRect())
                .filter(r => r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0).length
            """);
        Assert.True(whole >= 5, $"{whole} whole scene cards on the first 1440x900 screen");
        // Each card shows its text and voice; speed, pitch, pauses, fit, motion and style wait in its details.
        var second = page.Locator("[data-scene='2']");
        await Assertions.Expect(second.Locator("textarea[name=scene-2-text]")).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator(".mud-input-control:has(input[name=scene-2-voice])")).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator("input[name=scene-2-speed]")).ToHaveCountAsync(0);

        await second.GetByRole(AriaRole.Button, new() { Name = "Details" }).ClickAsync();

        foreach (var field in new[] { "speed", "pitch", "padding-before", "padding-after", "fit", "motion" })
        {
            await Assertions.Expect(second.Locator($"input[name=scene-2-{field}]")).ToBeAttachedAsync();
        }
        await Assertions.Expect(second.Locator(".mud-input-control:has(input[name=scene-2-style])")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "episode-storyboard");
    }

    [Fact]
    public async Task Each_scene_shows_only_its_own_picture_and_one_without_shows_that_it_is_a_title_card()
    {
        var picture = await UploadPictureAsync("market.png");
        var id = await CreateEpisodeAsync("Own pictures", [("Stalls open along the wall.", picture), ("A title card follows.", null)]);
        var page = await browser.OpenAsync($"/episodes/{id}");

        var withPicture = page.Locator("[data-scene='1']");
        var without = page.Locator("[data-scene='2']");
        await Assertions.Expect(withPicture.Locator("img")).ToHaveCountAsync(1);
        Assert.Contains(picture, await withPicture.Locator("img").GetAttributeAsync("src"), StringComparison.Ordinal);
        await Assertions.Expect(without.Locator("img")).ToHaveCountAsync(0);
        await Assertions.Expect(without.Locator(".scene-thumb")).ToContainTextAsync("No picture: title card");
        foreach (var scene in new[] { withPicture, without })
        {
            await Assertions.Expect(scene.GetByRole(AriaRole.Button, new() { Name = "Choose from library" })).ToBeVisibleAsync();
            await Assertions.Expect(scene.GetByRole(AriaRole.Button, new() { Name = "Upload" })).ToBeVisibleAsync();
        }

        // Chosen from the library for the second scene, the picture shows there too.
        await without.GetByRole(AriaRole.Button, new() { Name = "Choose from library" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator($".asset-card[data-asset-id='{picture}']").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(without.Locator("img")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task A_scene_dragged_with_the_mouse_onto_the_first_becomes_first_and_the_order_is_saved()
    {
        var id = await CreateEpisodeAsync("Mouse order", [("One.", null), ("Two.", null), ("Three.", null)]);
        var page = await browser.OpenAsync($"/episodes/{id}");

        var grip = page.Locator("[data-scene='3'] .scene-grip");
        await grip.HoverAsync();
        await page.Mouse.DownAsync();
        var from = (await grip.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + 10, from.Y - 10, new() { Steps = 4 });
        var target = (await page.Locator("[data-scene='1']").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + 8, new() { Steps = 8 });
        await page.Mouse.UpAsync();

        await ExpectOrderAsync(page, "Three.", "One.", "Two.");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        // Nothing stays half transparent after the drop.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.scenes *')].filter(e => getComputedStyle(e).opacity === '0.5').length"));
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await ExpectOrderAsync(page, "Three.", "One.", "Two.");
    }

    [Fact]
    public async Task A_scene_picked_up_with_the_keyboard_moves_with_the_arrows_and_the_order_is_saved()
    {
        var id = await CreateEpisodeAsync("Keyboard order", [("One.", null), ("Two.", null), ("Three.", null)]);
        var page = await browser.OpenAsync($"/episodes/{id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Reorder scene 1" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#reorder-status")).ToContainTextAsync("picked up");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Space");

        await ExpectOrderAsync(page, "Two.", "Three.", "One.");
        await Assertions.Expect(page.Locator("#reorder-status")).ToContainTextAsync("dropped");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await ExpectOrderAsync(page, "Two.", "Three.", "One.");
        // The up and down buttons are still there.
        await page.GetByLabel("Move scene 2 up").ClickAsync();
        await ExpectOrderAsync(page, "Three.", "Two.", "One.");
    }

    [Fact]
    public async Task The_language_is_a_list_of_the_voices_languages_set_by_the_chosen_voice()
    {
        var page = await browser.OpenAsync("/episodes/new");
        await page.Locator("input[name=episode-title]").FillAsync("Mercado");
        await page.Locator("textarea[name=scene-1-text]").FillAsync("Abren los puestos.");

        await ChooseAsync(page, "episode-voice", "Lucía");

        await Assertions.Expect(page.Locator("input[name=episode-language]")).ToHaveValueAsync("Spanish · es");
        await page.Locator(".mud-input-control:has(input[name=episode-language])").ClickAsync();
        var offered = await page.Locator(".mud-popover-open .mud-list-item").AllInnerTextsAsync();
        // Other tests may add voices in more languages to the shared studio: the seeded four are offered, in alphabetical order.
        var languages = offered.Select(t => t.Trim()).ToList();
        Assert.Subset(languages.ToHashSet(), new HashSet<string> { "English (United Kingdom) · en-GB", "English (United States) · en-US", "Spanish · es", "Spanish (Latin America) · es-419" });
        Assert.Equal(languages.Order(StringComparer.Ordinal), languages);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("input[name=episode-language]")).ToHaveValueAsync("Spanish · es");
    }

    private static async Task ExpectOrderAsync(IPage page, params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            await Assertions.Expect(page.Locator($"textarea[name=scene-{i + 1}-text]")).ToHaveValueAsync(texts[i]);
        }
    }

    private static async Task ChooseAsync(IPage page, string name, string item)
    {
        await page.Locator($".mud-input-control:has(input[name={name}])").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = item }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private async Task<string> UploadPictureAsync(string name)
    {
        var path = _files.Combine(name);
        // A picture no other test uploaded (the library keeps one copy per content).
        var colour = $"0x{Random.Shared.Next(0x1000000):x6}";
        await new ProcessRunner(NullLogger<ProcessRunner>.Instance).RunAsync(new ProcessSpec("ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", $"color=c={colour}:size=640x360", "-frames:v", "1", path]), CancellationToken.None);
        using var http = browser.Studio.CreateClient();
        using var form = new MultipartFormDataContent();
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        form.Add(content, "file", name);
        using var response = await http.PostAsync("/api/assets", form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> CreateEpisodeAsync(string title, (string Text, string? AssetId)[] scenes)
    {
        using var http = browser.Studio.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/episodes", new { title, scenes = scenes.Select(s => new { text = s.Text, assetId = s.AssetId }).ToArray() });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public void Dispose() => _files.Dispose();
}
