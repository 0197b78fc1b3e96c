using Microsoft.Playwright;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// One started studio and one Debian Chromium shared by every browser test (starting either costs
/// seconds). Chromium is launched from /usr/bin with the flags a closed network needs.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public StudioProcess Studio { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Studio = await StudioProcess.Start().WaitUntilListeningAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A new page in its own context (own cookies), at the studio's address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Studio.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A new page opened at <paramref name="path"/>, returned once the page is live (its circuit
    /// connected): clicks before that would reach only the prerendered HTML and do nothing.
    /// </summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    public static Task WaitUntilInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator(".studio-layout")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 30_000 });

    /// <summary>Saves a screenshot under TestResults/screenshots, for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "GenScene.Studio.Tests", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) { await Browser.DisposeAsync(); }
        _playwright?.Dispose();
        if (Studio is not null) { await Studio.DisposeAsync(); }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
