using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>Two pages edit one voice: the second save, made on the version both opened, is refused with the stale notice.</summary>
[Collection(BrowserTests.Name)]
public sealed class VoicesEditConflictPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_second_of_two_pages_saving_one_voice_is_refused_and_its_change_does_not_overwrite_the_first()
    {
        using var http = browser.Studio.CreateClient();
        var voice = (await http.GetFromJsonAsync<JsonElement>("/api/voices"))[0];
        var id = voice.GetProperty("id").GetString()!;
        var version = (await http.GetFromJsonAsync<JsonElement>($"/api/voices/{id}")).GetProperty("version").GetInt32();
        var first = await OpenEditorAsync(id);
        var second = await OpenEditorAsync(id);

        await SaveDescriptionAsync(first, "Warm and calm, first page.");
        await Assertions.Expect(first.Locator("#voice-form")).ToHaveCountAsync(0);
        await SaveDescriptionAsync(second, "Bright, second page.");

        var notice = second.Locator("#stale-edit-notice");
        await Assertions.Expect(notice).ToContainTextAsync($"{TestCredentials.AdminUser} saved a newer version of this voice (version {version + 1})");
        var stored = await http.GetFromJsonAsync<JsonElement>($"/api/voices/{id}");
        Assert.Equal(("Warm and calm, first page.", version + 1), (stored.GetProperty("description").GetString(), stored.GetProperty("version").GetInt32()));
        await BrowserFixture.ScreenshotAtBothWidthsAsync(second, "voices-stale-edit");

        await second.Locator("#stale-reload").ClickAsync();
        await Assertions.Expect(notice).ToHaveCountAsync(0);
        Assert.Equal("Warm and calm, first page.", await second.Locator("input[name=voice-description]").InputValueAsync());
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    private async Task<IPage> OpenEditorAsync(string voiceId)
    {
        var page = await browser.OpenAsync("/voices");
        await page.Locator("#voices tr", new() { Has = page.Locator($"td[data-voice-id='{voiceId}']") }).Locator(".voice-edit").ClickAsync();
        await Assertions.Expect(page.Locator("#voice-form")).ToBeVisibleAsync();
        return page;
    }

    private static async Task SaveDescriptionAsync(IPage page, string description)
    {
        var field = page.Locator("input[name=voice-description]");
        await field.FillAsync(description);
        await field.PressAsync("Tab");
        await page.Locator("#save-voice").ClickAsync();
    }
}
