using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Infrastructure.Api;

/// <summary>The pages, live in Chromium under their Content-Security-Policy: nothing they need is refused.</summary>
[Collection(BrowserTests.Name)]
public sealed class ContentSecurityPolicyPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pages_become_live_and_the_browser_reports_no_policy_violation()
    {
        var page = await browser.NewPageAsync();
        var complaints = new List<string>();
        page.Console += (_, message) => complaints.Add(message.Text);
        page.PageError += (_, error) => complaints.Add(error);
        // Chromium logs a refusal to the console too; the event also names what was refused.
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content-Security-Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var path in (string[])["/", "/assets", "/styles", "/episodes", "/episodes/new", "/speech", "/jingles"])
        {
            await page.GotoAsync(path);
            await BrowserFixture.WaitUntilInteractiveAsync(page);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.DoesNotContain(complaints, c => c.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase) || c.Contains("Refused to", StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "csp-jingles");
    }
}
