using AngleSharp.Dom;
using Bunit;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Features.Security.Users.Pages;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Features.Security.Users.Pages;

public sealed class UsersAdminTests : IAsyncLifetime, IDisposable
{
    private readonly StudioFactory _studio = new();
    private AsyncServiceScope _scope;
    private UserAccounts _accounts = null!;

    public Task InitializeAsync()
    {
        _studio.CreateClient().Dispose();
        _scope = _studio.Services.CreateAsyncScope();
        _accounts = _scope.ServiceProvider.GetRequiredService<UserAccounts>();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_too_short_password_shows_its_reason_under_the_password_and_no_user_is_added()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<UsersAdmin>();

        cut.Find("input[name=user-name]").Change("sam");
        cut.Find("input[name=user-password]").Change("short");
        cut.Find("#user-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("at least 8 characters", ErrorUnder(cut.Find("input[name=user-password]")), StringComparison.Ordinal));
        Assert.Null(ErrorUnder(cut.Find("input[name=user-name]")));
        Assert.Equal("sam", cut.Find("input[name=user-name]").GetAttribute("value")); // kept, to correct the password only
        Assert.DoesNotContain(await _accounts.ListAsync(CancellationToken.None), u => u.UserName == "sam");
        Assert.DoesNotContain("sam", cut.Find("#users").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_already_taken_shows_its_reason_under_the_name_and_nothing_is_saved()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<UsersAdmin>();
        var before = await _accounts.ListAsync(CancellationToken.None);

        cut.Find("input[name=user-name]").Change(TestCredentials.AdminUser);
        cut.Find("input[name=user-password]").Change("long-enough-password");
        cut.Find("#user-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("is already taken", ErrorUnder(cut.Find("input[name=user-name]")), StringComparison.Ordinal));
        Assert.Null(ErrorUnder(cut.Find("input[name=user-password]")));
        var after = await _accounts.ListAsync(CancellationToken.None);
        Assert.Equal(before.Select(u => (u.Id, u.Role)), after.Select(u => (u.Id, u.Role)));
    }

    [Fact]
    public async Task A_valid_user_is_added_to_the_list_and_the_form_is_cleared()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<UsersAdmin>();

        cut.Find("input[name=user-name]").Change("robin");
        cut.Find("input[name=user-password]").Change("long-enough-password");
        cut.Find("#user-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("robin", cut.Find("#users").TextContent, StringComparison.Ordinal));
        Assert.Equal(StudioRoles.Creator, (await _accounts.ListAsync(CancellationToken.None)).Single(u => u.UserName == "robin").Role);
        Assert.True(string.IsNullOrEmpty(cut.Find("input[name=user-name]").GetAttribute("value")));
        Assert.Empty(cut.FindAll(".mud-input-error"));
    }

    [Fact]
    public async Task The_last_admins_delete_and_role_are_disabled_until_there_is_another_admin()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<UsersAdmin>();

        Assert.True(cut.Find($"button[aria-label='Delete {TestCredentials.AdminUser}']").HasAttribute("disabled"));
        Assert.Contains("The last admin", cut.Find("#users").TextContent, StringComparison.Ordinal);

        await _accounts.CreateAsync("second-admin", "long-enough-password", StudioRoles.Admin, CancellationToken.None);
        cut = ctx.Render<UsersAdmin>();

        Assert.False(cut.Find($"button[aria-label='Delete {TestCredentials.AdminUser}']").HasAttribute("disabled"));
        Assert.DoesNotContain("The last admin", cut.Find("#users").TextContent, StringComparison.Ordinal);
    }

    /// <summary>The message MudBlazor shows under the field holding <paramref name="input"/>, or null.</summary>
    private static string? ErrorUnder(IElement input) =>
        input.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();

    private BunitContext NewContext()
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(); // the pages' texts (IStringLocalizer<…Text>), English as the test culture
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddSingleton(_accounts);
        return ctx;
    }

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    public void Dispose() => _studio.Dispose();
}
