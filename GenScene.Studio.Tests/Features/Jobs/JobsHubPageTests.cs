using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Jobs;

[Collection(BrowserTests.Name)]
public sealed class JobsHubPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_job_started_from_the_page_shows_its_progress_moving_and_its_final_state_without_a_reload()
    {
        var page = await browser.OpenAsync("/jobs");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Jobs");
        // Everything the progress bars show from now on is recorded, and a marker proves the page never reloads.
        await page.EvaluateAsync("""
            () => {
              window.__noReload = true;
              window.__seen = [];
              new MutationObserver(() => {
                for (const cell of document.querySelectorAll('td[data-job-id]')) {
                  const bar = cell.closest('tr').querySelector('.job-progress');
                  if (bar) window.__seen.push(cell.dataset.jobId + ':' + bar.dataset.state + ':' + bar.dataset.progress);
                }
              }).observe(document.body, { subtree: true, childList: true, attributes: true });
            }
            """);

        // Other browser tests share this studio: follow the row of the job this click starts, not the first row.
        var before = await page.Locator("td[data-job-id]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.jobId)");
        await page.Locator("input[name=check-seconds]").FillAsync("4");
        await page.Locator("#run-render-check").ClickAsync();
        var handle = await page.WaitForFunctionAsync(
            "known => [...document.querySelectorAll('td[data-job-id]')].map(c => c.dataset.jobId).find(id => id && !known.includes(id))",
            before, new() { Timeout = 30_000 });
        var jobId = await handle.JsonValueAsync<string>();
        Assert.Matches("^[0-9a-f]{32}$", jobId);
        var row = page.Locator($"tr:has(> td[data-job-id='{jobId}'])");
        await Assertions.Expect(row.Locator(".job-state")).ToHaveTextAsync("succeeded", new() { Timeout = 60_000 });
        await Assertions.Expect(row.Locator(".job-progress")).ToHaveAttributeAsync("data-progress", "100");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__noReload === true"), "the page reloaded");

        var seen = (await page.EvaluateAsync<string[]>("() => window.__seen"))
            .Where(s => s.StartsWith(jobId + ":", StringComparison.Ordinal)).Select(s => s[(jobId.Length + 1)..]).ToList();
        var runningValues = seen.Where(s => s.StartsWith("running:", StringComparison.Ordinal))
            .Select(s => int.Parse(s["running:".Length..], System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.True(runningValues.Count(v => v is > 0 and < 100) >= 3, $"the bar did not move while running: {string.Join(", ", seen.Distinct())}");
        Assert.Equal(runningValues.Order(), runningValues); // it only moves forward
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "jobs-hub");

        await row.Locator("a.job-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/jobs/{jobId}$"));
        await Assertions.Expect(page.Locator("#job-state")).ToHaveTextAsync("succeeded");
        var timeline = await page.Locator("#job-timeline li .job-state").AllTextContentsAsync();
        Assert.Equal(["queued", "running", "succeeded"], timeline.Distinct()); // stage changes appear as running entries
        var video = page.Locator("#job-files video");
        await Assertions.Expect(video).ToBeVisibleAsync();
        var duration = await video.EvaluateAsync<double>("""
            v => new Promise(resolve => v.readyState >= 1 ? resolve(v.duration) : v.addEventListener('loadedmetadata', () => resolve(v.duration)))
            """);
        Assert.InRange(duration, 3.9, 4.1);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "jobs-detail");
    }
}
