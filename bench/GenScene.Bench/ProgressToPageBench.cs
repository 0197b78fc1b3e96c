using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace GenScene.Bench;

/// <summary>
/// From a progress change being published in the studio to the browser showing it: the real studio
/// process, Debian's Chromium, the Jobs page, paced render checks. Each row carries the publish time
/// of what it shows; a MutationObserver in the page notes when it changes.
/// </summary>
internal static class ProgressToPageBench
{
    public static async Task RunAsync(string repositoryRoot, string workDirectory, int jobs = 3, int seconds = 8)
    {
        await using var studio = await BenchStudio.StartAsync(repositoryRoot, Path.Combine(workDirectory, "studio"));
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync();
            await studio.SignInAsync(page);
            await page.GotoAsync(new Uri(studio.BaseAddress, "/jobs").ToString());
            await Assertions.Expect(page.Locator(".studio-layout")).ToHaveAttributeAsync("data-interactive", "true");
            await page.EvaluateAsync("""
                () => {
                  window.__lag = [];
                  new MutationObserver(records => {
                    const now = Date.now();
                    for (const r of records) {
                      if (r.type === 'attributes' && r.attributeName === 'data-updated-at') {
                        const at = Number(r.target.dataset.updatedAt);
                        if (at > 0) window.__lag.push(now - at);
                      }
                    }
                  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-updated-at'] });
                }
                """);
            await page.Locator("input[name=check-seconds]").FillAsync(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var i = 0; i < jobs; i++)
            {
                await page.Locator("#run-render-check").ClickAsync();
                await Assertions.Expect(page.Locator("tr:has(> td[data-job-id]) .job-state").First).ToHaveTextAsync("succeeded", new() { Timeout = 120_000 });
            }
            var lags = await page.EvaluateAsync<double[]>("() => window.__lag");
            Console.WriteLine($"jobs: progress published to visible in Chromium: {Percentiles.Summary(lags, "ms")}");
        }
    }
}
