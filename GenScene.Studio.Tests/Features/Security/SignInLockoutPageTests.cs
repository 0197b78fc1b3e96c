using System.Text.RegularExpressions;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Security;

[Collection(BrowserTests.Name)]
public sealed class SignInLockoutPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Wrong_passwords_lock_an_account_the_admin_sees_the_lock_on_users_and_unlocks_it()
    {
        var name = $"locked{Guid.NewGuid():N}"[..14];
        const string password = "right-password-1";
        var admin = await browser.OpenAsync("/admin/users");
        await admin.Locator("input[name=user-name]").FillAsync(name);
        await admin.Locator("input[name=user-password]").FillAsync(password);
        await admin.Locator("#user-save").ClickAsync();
        await Assertions.Expect(admin.Locator("#users")).ToContainTextAsync(name);

        var guesser = await browser.NewPageAsync(null, null);
        for (var i = 0; i < 5; i++)
        {
            await BrowserFixture.SignInAsync(guesser, name, $"guess-number-{i}");
            await Assertions.Expect(guesser.Locator("#login-error")).ToBeVisibleAsync();
        }
        await BrowserFixture.SignInAsync(guesser, name, password);
        await Assertions.Expect(guesser.Locator("#login-error")).ToContainTextAsync("The user name or password is not right, or the account is locked.");
        await Assertions.Expect(guesser).ToHaveURLAsync(new Regex("/account/login"));

        await admin.ReloadAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(admin);
        var row = admin.Locator("#users tr", new() { HasTextString = name });
        await Assertions.Expect(row.Locator(".user-locked")).ToContainTextAsync("locked until");
        await BrowserFixture.ScreenshotAtBothWidthsAsync(admin, "security-users-locked");
        await row.Locator(".user-unlock").ClickAsync();
        await Assertions.Expect(row.Locator(".user-locked")).ToHaveCountAsync(0);
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync($"Unlocked: {name}");

        await BrowserFixture.SignInAsync(guesser, name, password);
        await BrowserFixture.WaitUntilInteractiveAsync(guesser);
        await Assertions.Expect(guesser.Locator("#signed-in-user")).ToContainTextAsync($"{name} · Creator");
        await guesser.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_key_is_copied_with_its_button_and_the_list_shows_every_keys_prefix_whole()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/admin/keys");
        await BrowserFixture.WaitUntilInteractiveAsync(page);
        await page.Locator("input[name=key-name]").FillAsync("Copied key");
        await page.Locator("#key-save").ClickAsync();
        var secret = (await page.Locator("#key-secret").InnerTextAsync()).Trim();

        await page.Locator("#key-copy").ClickAsync();

        await Assertions.Expect(page.Locator("#key-copy")).ToContainTextAsync("Copied");
        Assert.Equal(secret, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await BrowserFixture.ScreenshotAtBothWidthsAsync(page, "security-api-key-copy");
        foreach (var width in new[] { 1440, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var clipped = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('#keys .api-key-prefix')].filter(code => {
                  const cell = code.closest('td').getBoundingClientRect(), box = code.getBoundingClientRect();
                  return code.scrollWidth > code.clientWidth + 1 || box.right > cell.right + 1 || box.height > 2 * parseFloat(getComputedStyle(code).lineHeight || '20');
                }).map(code => code.textContent)
                """);
            Assert.True(clipped.Length == 0, $"at {width} px the prefix is cut or wrapped: {string.Join(", ", clipped)}");
        }
        await page.Context.CloseAsync();
    }
}
