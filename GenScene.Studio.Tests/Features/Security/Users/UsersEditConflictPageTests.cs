using GenScene.Studio.Features.Security;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Security.Users;

/// <summary>Two admins on the Users page change one user: the second change, made on the list as it was, is refused and names the first.</summary>
[Collection(BrowserTests.Name)]
public sealed class UsersEditConflictPageTests(BrowserFixture browser)
{
    private const string OtherPassword = "other-admin-password";

    [Fact]
    public async Task A_change_to_a_user_someone_saved_since_the_list_was_read_is_refused_with_who_saved_it()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var other = $"blair{suffix}";
        var target = $"sam{suffix}";
        TestUsers.Ensure(browser.Studio.DataDirectory, $"id-{other}", other, OtherPassword, StudioRoles.Admin);
        TestUsers.Ensure(browser.Studio.DataDirectory, $"id-{target}", target, "first-password-1", StudioRoles.Creator);
        var mine = await browser.OpenAsync("/admin/users");
        var theirs = await browser.NewPageAsync(other, OtherPassword);
        await theirs.GotoAsync("/admin/users");
        await BrowserFixture.WaitUntilInteractiveAsync(theirs);

        await SetPasswordAsync(theirs, target, "their-password-1");
        await Assertions.Expect(theirs.Locator(".mud-snackbar")).ToContainTextAsync($"Password changed: {target}");

        await SetPasswordAsync(mine, target, "my-password-12");
        var notice = mine.Locator("#stale-edit-notice");
        await Assertions.Expect(notice).ToContainTextAsync($"{other} saved a newer version of the user “{target}” (version 2)");
        Assert.Equal(2, Version(target));
        await BrowserFixture.ScreenshotAtBothWidthsAsync(mine, "security-users-stale-edit");

        await mine.Locator("#stale-reload").ClickAsync();
        await Assertions.Expect(notice).ToHaveCountAsync(0);
        await SetPasswordAsync(mine, target, "my-password-12");
        await Assertions.Expect(mine.Locator(".mud-snackbar")).ToContainTextAsync($"Password changed: {target}");
        Assert.Equal(3, Version(target));
        await theirs.Context.CloseAsync();
        await mine.Context.CloseAsync();
    }

    private static async Task SetPasswordAsync(IPage page, string userName, string password)
    {
        var row = page.Locator("#users tr", new() { HasTextString = userName });
        await row.Locator("input[type=password]").FillAsync(password);
        await row.Locator("input[type=password]").PressAsync("Tab");
        await row.GetByRole(AriaRole.Button, new() { Name = "Set", Exact = true }).ClickAsync();
    }

    private long Version(string userName) =>
        RawSqlite.Scalar(browser.Studio.DataDirectory, "SELECT version FROM users WHERE user_name = $name", ("$name", userName));
}
