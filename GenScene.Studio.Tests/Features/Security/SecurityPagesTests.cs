using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Security;

[Collection(BrowserTests.Name)]
public sealed class SecurityPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_comes_back_to_the_page_asked_for()
    {
        var page = await browser.NewPageAsync(null, null);
        await page.GotoAsync("/episodes");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to GenScene Studio");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "security-sign-in");

        await page.FillAsync("#userName", TestCredentials.AdminUser);
        await page.FillAsync("#password", "wrong password");
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.Locator("#login-error")).ToBeVisibleAsync();

        await page.FillAsync("#userName", TestCredentials.AdminUser);
        await page.FillAsync("#password", TestCredentials.AdminPassword);
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/episodes$"));
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator("#signed-in-user")).ToContainTextAsync("admin · Admin");
        await Assertions.Expect(page.Locator(".mud-nav-link-text", new() { HasTextString = "API keys" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_adds_a_creator_who_sees_no_admin_pages_and_is_refused_them()
    {
        var admin = await browser.OpenAsync("/admin/users");
        var name = $"creator{Guid.NewGuid():N}"[..16];
        await admin.Locator("input[name=user-name]").FillAsync(name);
        await admin.Locator("input[name=user-password]").FillAsync("creator-password-1");
        await admin.Locator("#user-save").ClickAsync();
        await Assertions.Expect(admin.Locator("#users")).ToContainTextAsync(name);
        await BrowserFixture.ScreenshotAtBothWidthsAsync(admin, "security-users");
        await admin.Context.CloseAsync();

        var creator = await browser.NewPageAsync(name, "creator-password-1");
        await creator.GotoAsync("/");
        await BrowserFixture.WaitUntilInteractiveAsync(creator);
        await Assertions.Expect(creator.Locator("#signed-in-user")).ToContainTextAsync($"{name} · Creator");
        var menu = await creator.Locator(".mud-nav-link-text").AllInnerTextsAsync();
        Assert.Contains("Episodes", menu);
        foreach (var adminPage in new[] { "Voices", "Jingles", "API keys", "Users" })
        {
            Assert.DoesNotContain(adminPage, menu);
        }
        foreach (var path in new[] { "/voices", "/jingles", "/admin/keys", "/admin/users" })
        {
            await creator.GotoAsync(path);
            await Assertions.Expect(creator.Locator("h1")).ToHaveTextAsync("This page is for admins");
        }
        await BrowserFixture.ScreenshotAtBothWidthsAsync(creator, "security-creator-refused");

        // The gallery is theirs to look at, not to change.
        await creator.GotoAsync("/styles");
        await BrowserFixture.WaitUntilInteractiveAsync(creator);
        await Assertions.Expect(creator.Locator(".style-card").First).ToBeVisibleAsync();
        await Assertions.Expect(creator.Locator(".style-use").First).ToBeVisibleAsync();
        Assert.Equal(0, await creator.Locator(".style-edit, .style-regenerate, #styles-new, #styles-generate").CountAsync());
        await creator.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_creates_an_api_key_that_is_shown_once_and_works()
    {
        var page = await browser.OpenAsync("/admin/keys");
        await page.Locator("input[name=key-name]").FillAsync("Browser-made key");
        await page.Locator("#key-save").ClickAsync();
        var secret = await page.Locator("#key-secret").InnerTextAsync();
        Assert.StartsWith("gsk_", secret, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#keys")).ToContainTextAsync("Browser-made key");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "security-api-keys");
        await page.Context.CloseAsync();

        using var http = new HttpClient { BaseAddress = browser.Studio.BaseAddress };
        http.DefaultRequestHeaders.Add("X-API-Key", secret);
        using var response = await http.GetAsync("/api/jobs?limit=1");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_event_source_follows_a_job_by_its_token_to_stream_complete()
    {
        using var http = browser.Studio.CreateClient();
        var accepted = await (await http.PostAsJsonAsync("/api/tts", new { text = "Followed by an event source in Chromium." })).Content.ReadFromJsonAsync<JsonElement>();
        var jobId = accepted.GetProperty("jobId").GetString()!;
        var token = (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}/auth")).GetProperty("token").GetString()!;

        // A page that is not signed in: the token alone must be enough.
        var page = await browser.NewPageAsync(null, null);
        await page.GotoAsync("/account/login");
        var events = await page.EvaluateAsync<string[]>("""
            ([id, token]) => new Promise((resolve, reject) => {
              const seen = [];
              const source = new EventSource(`/api/jobs/${id}/events-stream?token=${encodeURIComponent(token)}`);
              for (const name of ['connection_established', 'job_update', 'heartbeat', 'stream_complete']) {
                source.addEventListener(name, e => {
                  seen.push(name + ':' + JSON.parse(e.data).type);
                  if (name === 'stream_complete') { source.close(); resolve(seen); }
                });
              }
              source.onerror = () => { if (!seen.length) { source.close(); reject(new Error('refused')); } };
              setTimeout(() => { source.close(); reject(new Error('timeout: ' + seen.join())); }, 60000);
            })
            """, new object[] { jobId, token });
        Assert.Equal("connection_established:connection_established", events[0]);
        Assert.Contains("job_update:job_update", events);
        Assert.Equal("stream_complete:stream_complete", events[^1]);
        await page.Context.CloseAsync();
    }
}
