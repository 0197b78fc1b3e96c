using Microsoft.Playwright;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// One started studio and one Debian Chromium shared by every browser test (starting either costs
/// seconds). Chromium is launched from /usr/bin with the flags a closed network needs. Pages are
/// signed in as the bootstrap admin unless a test asks for another user or none.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private readonly Dictionary<string, string> _signedIn = [];

    /// <summary>
    /// A browser front end's origin the shared studio allows (GenScene:CorsOrigins), as the first backend's
    /// front end is. A real port: Chromium treats a page the test fakes by routing as public, and a public
    /// page may not call a loopback address at all (private network access), so tests serve it for real.
    /// </summary>
    public string FrontEndOrigin { get; } = $"http://localhost:{StudioProcess.FreePort()}";

    public StudioProcess Studio { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Studio = await StudioProcess.Start(null, "--GenScene:CorsOrigins:0", FrontEndOrigin).WaitUntilListeningAsync();
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

    /// <summary>A new page in its own context (own cookies), at the studio's address, signed in as the admin.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(TestCredentials.AdminUser, TestCredentials.AdminPassword);

    /// <summary>A new page signed in as the test creator (added to the studio the first time), opened at <paramref name="path"/> and live.</summary>
    public async Task<IPage> OpenAsCreatorAsync(string path)
    {
        TestUsers.EnsureCreator(Studio.DataDirectory);
        var page = await NewPageAsync(TestCredentials.CreatorUser, TestCredentials.CreatorPassword);
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// A new page signed in as <paramref name="userName"/>, or signed out when it is null. Its browser asks for
    /// <paramref name="locale"/> (Accept-Language, and the zone the page reports), as a person's browser would.
    /// </summary>
    public async Task<IPage> NewPageAsync(string? userName, string? password, string locale = "en-US", string timeZone = "UTC")
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = Studio.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = locale,
            TimezoneId = timeZone,
        };
        if (userName is not null)
        {
            options.StorageState = await SignedInStateAsync(userName, password ?? "");
        }
        var context = await Browser.NewContextAsync(options);
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

    /// <summary>Signs in through the real sign-in form once per user and keeps the cookies for later pages.</summary>
    private async Task<string> SignedInStateAsync(string userName, string password)
    {
        lock (_signedIn)
        {
            if (_signedIn.TryGetValue(userName, out var known))
            {
                return known;
            }
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Studio.BaseAddress.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, userName, password);
        await Assertions.Expect(page.Locator("#signed-in-user")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var state = await context.StorageStateAsync();
        await context.DisposeAsync();
        lock (_signedIn)
        {
            _signedIn[userName] = state;
        }
        return state;
    }

    /// <summary>Fills and sends the sign-in form.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
    }

    public static Task WaitUntilInteractiveAsync(IPage page) =>
        Assertions.Expect(page.Locator(".studio-layout")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 30_000 });

    /// <summary>Saves a screenshot under TestResults/screenshots, for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "GenScene.Studio.Tests", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // A full-page shot of a scrolled page draws the fixed app bar where the window was, across the content.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Screenshots of the page as it is now at desktop (1440x900) and phone (390x844) width, named
    /// <paramref name="name"/>-desktop and -phone, for a person to look at; at phone width the page must not
    /// be wider than the screen (nothing cut off or scrolled sideways). The viewport is restored after.
    /// </summary>
    public static async Task ScreenshotAtBothWidthsAsync(IPage page, string name)
    {
        var before = page.ViewportSize;
        await page.SetViewportSizeAsync(1440, 900);
        await SettleAsync(page);
        await ScreenshotAsync(page, name + "-desktop");
        await page.SetViewportSizeAsync(390, 844);
        await SettleAsync(page);
        await ScreenshotAsync(page, name + "-phone");
        var overflow = await page.EvaluateAsync<string>("""
            () => {
              const width = document.documentElement.clientWidth;
              const wide = [...document.querySelectorAll('body *')]
                .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && getComputedStyle(el).position !== 'fixed'; })
                .filter(el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return false; } return true; })
                .slice(0, 3).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''));
              return document.documentElement.scrollWidth > width + 1 ? `page is ${document.documentElement.scrollWidth}px wide: ${wide.join(', ')}` : '';
            }
            """);
        if (before is not null)
        {
            await page.SetViewportSizeAsync(before.Width, before.Height);
            // The drawer comes back with a transition; a click during it can land on a moving page.
            await SettleAsync(page);
        }
        Assert.True(overflow.Length == 0, $"{name} at 390 px: {overflow}");
    }

    /// <summary>After a resize the drawer folds away with a transition; wait until it has.</summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(350);
        await page.WaitForFunctionAsync("() => document.getAnimations().filter(a => a instanceof CSSTransition).every(a => a.playState !== 'running')", null, new() { Timeout = 5_000 });
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
