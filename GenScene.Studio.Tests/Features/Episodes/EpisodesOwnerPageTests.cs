using System.Net.Http.Json;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>The episodes list is everyone's workspace, opened on the signed-in user's own episodes.</summary>
[Collection(BrowserTests.Name)]
public sealed class EpisodesOwnerPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_list_shows_my_episodes_with_their_owner_and_everyones_on_asking()
    {
        using var script = browser.Studio.CreateClient();
        var theirs = $"Del guion {Guid.NewGuid():N}"[..18];
        using (var posted = await script.PostAsJsonAsync("/api/episodes", new { title = theirs, scenes = new[] { new { text = "Hola." } } }))
        {
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }
        var creator = await browser.OpenAsCreatorAsync("/episodes");
        var mine = $"Frutería {Guid.NewGuid():N}"[..17];
        await creator.PostJsonAsync("/api/episodes", new { title = mine, scenes = new[] { new { text = "Bienvenidos." } } });

        await creator.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(creator);
        var table = creator.Locator("#episodes");
        var row = table.Locator("tr").Filter(new() { HasTextString = mine });
        await Assertions.Expect(row.Locator(".owner-name")).ToHaveTextAsync(TestCredentials.CreatorUser);
        await Assertions.Expect(table).Not.ToContainTextAsync(theirs);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "episodes-mine");

        await creator.Locator(".owner-scope button", new() { HasTextString = "Everyone" }).ClickAsync();
        var other = table.Locator("tr").Filter(new() { HasTextString = theirs });
        await Assertions.Expect(other.Locator(".owner-name")).ToHaveTextAsync(ApiKeyService.BootstrapName);
        await Assertions.Expect(table).ToContainTextAsync(mine);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "episodes-everyone");
        await creator.Context.CloseAsync();
    }
}
