using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Jobs;

/// <summary>The Jobs pages as an admin and as a creator see them: whose jobs, what they are called, what is for admins.</summary>
[Collection(BrowserTests.Name)]
public sealed class JobsOwnershipPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_creator_sees_their_own_jobs_by_title_with_links_everyones_on_asking_and_no_worker_ids_or_render_checks()
    {
        // The admin runs a render check from the page.
        var admin = await browser.OpenAsync("/jobs");
        await admin.Locator("input[name=check-seconds]").FillAsync("1");
        var before = await admin.Locator("td[data-job-id]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.jobId)");
        await admin.Locator("#run-render-check").ClickAsync();
        var adminJob = await (await admin.WaitForFunctionAsync(
            "known => [...document.querySelectorAll('td[data-job-id]')].map(c => c.dataset.jobId).find(id => id && !known.includes(id))",
            before, new() { Timeout = 30_000 })).JsonValueAsync<string>();
        var adminRow = admin.Locator($"tr:has(> td[data-job-id='{adminJob}'])");
        await Assertions.Expect(adminRow.Locator(".job-state")).ToHaveTextAsync("succeeded", new() { Timeout = 60_000 });

        // The creator makes a speech on the Speech page.
        var words = $"Hola {Guid.NewGuid():N}"[..13] + ".";
        var creator = await browser.OpenAsCreatorAsync("/speech");
        await creator.Locator("textarea[name=speech-text]").FillAsync(words);
        await creator.Locator("#generate").ClickAsync();
        await Assertions.Expect(creator.Locator("#speech-audio")).ToBeVisibleAsync(new() { Timeout = 90_000 });

        await creator.GotoAsync("/jobs");
        await BrowserFixture.WaitUntilInteractiveAsync(creator);
        await Assertions.Expect(creator.Locator(".owner-scope")).ToHaveAttributeAsync("data-scope", "mine");
        var speechRow = creator.Locator("#jobs tr").Filter(new() { Has = creator.Locator("a.job-link", new() { HasTextString = $"Speech: '{words}'" }) });
        await Assertions.Expect(speechRow).ToHaveCountAsync(1);
        await Assertions.Expect(speechRow.Locator(".owner-name")).ToHaveTextAsync(TestCredentials.CreatorUser);
        var speechJob = await speechRow.Locator("td[data-job-id]").GetAttributeAsync("data-job-id");
        await Assertions.Expect(speechRow.Locator("a.job-subject")).ToHaveAttributeAsync("href", $"/speech?result={speechJob}");
        await Assertions.Expect(creator.Locator($"td[data-job-id='{adminJob}']")).ToHaveCountAsync(0);
        await Assertions.Expect(creator.Locator("#jobs")).Not.ToContainTextAsync("tts");
        // Admin-only: worker ids, render checks and the kinds filter.
        await Assertions.Expect(creator.Locator("#run-render-check")).ToHaveCountAsync(0);
        await Assertions.Expect(creator.Locator("#jobs th", new() { HasTextString = "Worker" })).ToHaveCountAsync(0);
        await Assertions.Expect(creator.Locator("input[name=filter-kind]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "jobs-creator-mine");

        await creator.Locator(".owner-scope button", new() { HasTextString = "Everyone" }).ClickAsync();
        await Assertions.Expect(creator.Locator(".owner-scope")).ToHaveAttributeAsync("data-scope", "everyone");
        var othersRow = creator.Locator($"tr:has(> td[data-job-id='{adminJob}'])");
        await Assertions.Expect(othersRow.Locator("a.job-link")).ToHaveTextAsync("Render check (1 s)");
        await Assertions.Expect(othersRow.Locator(".owner-name")).ToHaveTextAsync(TestCredentials.AdminUser);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "jobs-creator-everyone");

        // A job's detail: the creator reads its title and owner, never the worker; the admin sees the worker.
        await creator.GotoAsync($"/jobs/{adminJob}");
        await Assertions.Expect(creator.Locator("h1")).ToHaveTextAsync("Render check (1 s)");
        await Assertions.Expect(creator.Locator("#job-owner")).ToHaveTextAsync(TestCredentials.AdminUser);
        await Assertions.Expect(creator.Locator("#job-timeline")).ToContainTextAsync("attempt 1 of");
        await Assertions.Expect(creator.Locator("#job-timeline")).Not.ToContainTextAsync(" by ");
        await Assertions.Expect(creator.Locator("#job-worker")).ToHaveCountAsync(0);
        await admin.GotoAsync($"/jobs/{adminJob}");
        await Assertions.Expect(admin.Locator("#job-worker")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("#job-timeline")).ToContainTextAsync(" by ");
        await admin.GotoAsync("/jobs");
        await Assertions.Expect(admin.Locator("#jobs th", new() { HasTextString = "Worker" })).ToHaveCountAsync(1);

        // The speech's job links back to the speech, shown on the Speech page.
        await creator.GotoAsync($"/jobs/{speechJob}");
        await creator.Locator("#job-subject").ClickAsync();
        await Assertions.Expect(creator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/speech\\?result={speechJob}$"));
        await Assertions.Expect(creator.Locator("#speech-result #speech-audio")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await creator.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
