using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Episodes;

[Collection(BrowserTests.Name)]
public sealed class EpisodesListPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_saved_episode_is_listed_with_its_scenes_and_length_and_opens_in_the_editor()
    {
        var list = await browser.OpenAsync("/episodes");
        await Assertions.Expect(list.Locator("#new-episode")).ToBeVisibleAsync();
        // Only a studio no other test has written to yet shows the empty list (the list's bUnit test checks its words).
        if (await list.Locator(".episodes-empty").IsVisibleAsync())
        {
            await BrowserFixture.ScreenshotAtBothWidthsAsync(list, "episodes-list-empty");
        }

        await list.Locator("#new-episode").ClickAsync();
        await Assertions.Expect(list).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/episodes/new$"));
        var title = $"Market day {Guid.NewGuid():N}"[..19];
        await list.Locator("input[name=episode-title]").FillAsync(title);
        await list.Locator("textarea[name=scene-1-text]").FillAsync("Stalls open one by one along the harbour wall.");
        await Assertions.Expect(list.Locator("#save-status")).ToContainTextAsync("All changes saved", new() { Timeout = 15_000 });
        var editorUrl = list.Url;

        await list.GotoAsync("/episodes");
        await BrowserFixture.WaitUntilInteractiveAsync(list);
        var row = list.Locator("#episodes tr", new() { Has = list.Locator("a.episode-link", new() { HasText = title }) });
        await Assertions.Expect(row.Locator("td[data-label=Scenes]")).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator("td[data-label='Length (est.)']")).ToHaveTextAsync("4 s"); // 9 words at 2.6 a second and 0.75 s of pauses
        await Assertions.Expect(row.Locator("td[data-label='Last composed']")).ToHaveTextAsync("never");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(list, "episodes-list");

        await row.Locator("a.episode-link").ClickAsync();
        await Assertions.Expect(list).ToHaveURLAsync(editorUrl);
        await Assertions.Expect(list.Locator("input[name=episode-title]")).ToHaveValueAsync(title);
    }
}
