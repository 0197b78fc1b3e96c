using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components.Pages;

[Collection(BrowserTests.Name)]
public sealed class NotFoundPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_unknown_address_opened_in_the_browser_shows_the_not_found_page_with_status_404()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/no-such-page/anywhere");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not found");
        await Assertions.Expect(page.Locator(".mud-main-content")).ToContainTextAsync("There is no page at this address.");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "not-found");

        // The way home works from there.
        await page.GetByText("Go to the studio's home").ClickAsync();
        await Assertions.Expect(page.Locator("#home-start")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_unknown_api_address_still_answers_problem_json()
    {
        var page = await browser.NewPageAsync();
        var response = await page.APIRequest.GetAsync("/api/no-such-thing", new() { Headers = new Dictionary<string, string> { ["Accept"] = "text/html,application/json" } });

        Assert.Equal(404, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"], StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
