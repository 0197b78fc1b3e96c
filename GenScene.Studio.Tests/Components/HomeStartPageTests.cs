using System.Net.Http.Json;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Components;

/// <summary>Home as a start page for the people who make things, and where the studio's health went.</summary>
[Collection(BrowserTests.Name)]
public sealed class HomeStartPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_for_a_creator_shows_their_recent_work_the_ways_to_start_more_and_their_jobs_moving()
    {
        using var script = browser.Studio.CreateClient();
        var others = $"Del guion {Guid.NewGuid():N}"[..18];
        using (var posted = await script.PostAsync("/api/episodes", JsonContent.Create(new { title = others, scenes = new[] { new { text = "Hola." } } })))
        {
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }
        var creator = await browser.OpenAsCreatorAsync("/episodes");
        var episode = $"Frutería {Guid.NewGuid():N}"[..17];
        await creator.PostJsonAsync("/api/episodes", new { title = episode, scenes = new[] { new { text = "Bienvenidos." } } });
        var spoken = $"Ofertas {Guid.NewGuid():N}"[..16] + ".";
        var done = (await creator.PostJsonAsync("/api/tts", new { text = spoken })).GetProperty("jobId").GetString()!;
        await creator.APIRequest.WaitForJobAsync(done, "succeeded");
        // A long speech, so there is a job of theirs still in progress when Home opens.
        var longText = $"Largo {Guid.NewGuid():N}. " + string.Concat(Enumerable.Repeat("Las naranjas de hoy vienen de Valencia y están muy dulces. ", 90));
        var running = (await creator.PostJsonAsync("/api/tts", new { text = longText[..4900] })).GetProperty("jobId").GetString()!;

        await creator.GotoAsync("/");
        await BrowserFixture.WaitUntilInteractiveAsync(creator);

        await Assertions.Expect(creator.Locator("h1")).ToHaveTextAsync($"Welcome, {TestCredentials.CreatorUser}");
        await Assertions.Expect(creator.Locator("#home-new-episode")).ToHaveAttributeAsync("href", "/episodes/new");
        await Assertions.Expect(creator.Locator("#home-new-announcement")).ToHaveAttributeAsync("href", "/speech");
        await Assertions.Expect(creator.Locator("#home-new-announcement")).ToContainTextAsync("Speech page");
        await Assertions.Expect(creator.Locator("#home-episodes")).ToContainTextAsync(episode);
        await Assertions.Expect(creator.Locator("#home-episodes")).Not.ToContainTextAsync(others);
        await Assertions.Expect(creator.Locator("#home-speech")).ToContainTextAsync(spoken);
        await Assertions.Expect(creator.Locator($"#home-speech a[href='/speech?result={done}']")).ToHaveCountAsync(1);
        var job = creator.Locator($"#home-jobs li[data-job-id='{running}']");
        await Assertions.Expect(job.Locator("a")).ToContainTextAsync("Speech: 'Largo ");
        // Health is not the creator's start page: only a link, as all is well.
        await Assertions.Expect(creator.Locator("#health-overall")).ToHaveCountAsync(0);
        await Assertions.Expect(creator.Locator("#home-health-warning")).ToHaveCountAsync(0);
        await Assertions.Expect(creator.Locator("a.home-health-link")).ToHaveAttributeAsync("href", "/admin/health");
        var menu = await creator.Locator(".mud-nav-link-text").AllInnerTextsAsync();
        Assert.DoesNotContain("Studio health", menu);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "home-creator");

        // The job leaves the list by itself when it ends (cancelled here: waiting for 4,900 characters of speech took minutes).
        await creator.PostJsonAsync($"/api/jobs/{running}/cancel", new { });
        await Assertions.Expect(job).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await creator.Context.CloseAsync();

        var admin = await browser.OpenAsync("/");
        Assert.Contains("Studio health", await admin.Locator(".mud-nav-link-text").AllInnerTextsAsync());
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task When_the_studio_is_degraded_home_warns_and_links_the_health_page()
    {
        // Asking for more free disk than the machine has makes the disk check degraded.
        await using var studio = await StudioProcess.Start(null, "--GenScene:MinFreeDiskMegabytes=1000000").WaitUntilListeningAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = studio.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, TestCredentials.AdminUser, TestCredentials.AdminPassword);
        await Assertions.Expect(page.Locator("#signed-in-user")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GotoAsync("/");
        await BrowserFixture.WaitUntilInteractiveAsync(page);

        var warning = page.Locator("#home-health-warning");
        await Assertions.Expect(warning).ToContainTextAsync("The studio is degraded");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "home-degraded");
        await warning.Locator("a.home-health-link").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/health$"));
        await Assertions.Expect(page.Locator("#health-overall")).ToContainTextAsync("degraded");
        await Assertions.Expect(page.Locator("#health-disk")).ToContainTextAsync("degraded");
    }
}
