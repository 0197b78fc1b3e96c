using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Security;

/// <summary>
/// Users have no HTTP write (they are edited on the Users page), so their versions are checked where the page
/// saves: an edit on an older version is refused and names who saved; one without a version is accepted;
/// signing in is no edit (ADR 0033).
/// </summary>
public sealed class UserVersionsTests : IAsyncLifetime, IDisposable
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
    public async Task An_edit_on_an_older_version_is_refused_naming_who_saved_and_one_without_a_version_is_accepted()
    {
        var sam = await _accounts.CreateAsync("sam", "long-enough-password", StudioRoles.Creator, CancellationToken.None);
        Assert.Equal(1, sam.Version);

        await _accounts.SetRoleAsync(sam.Id, StudioRoles.Admin, new EditBy("alex", 1), CancellationToken.None);
        var stale = await Assert.ThrowsAsync<StaleVersionException>(() =>
            _accounts.ResetPasswordAsync(sam.Id, "another-long-password", new EditBy("blair", 1), CancellationToken.None));
        Assert.Equal((2, "alex"), (stale.CurrentVersion, stale.UpdatedBy));
        await Assert.ThrowsAsync<StaleVersionException>(() => _accounts.DeleteAsync(sam.Id, new EditBy("blair", 1), CancellationToken.None));
        Assert.NotNull(await _accounts.CheckPasswordAsync("sam", "long-enough-password"));

        await _accounts.SetRoleAsync(sam.Id, StudioRoles.Creator, new EditBy("blair"), CancellationToken.None);
        var stored = (await _accounts.FindByIdAsync(sam.Id))!;
        Assert.Equal((StudioRoles.Creator, 3, "blair"), (stored.Role, stored.Version, stored.UpdatedBy));
    }

    [Fact]
    public async Task Signing_in_and_wrong_passwords_do_not_raise_the_version_so_an_admins_edit_still_saves()
    {
        var sam = await _accounts.CreateAsync("sam", "long-enough-password", StudioRoles.Creator, CancellationToken.None);
        Assert.Null(await _accounts.CheckPasswordAsync("sam", "wrong-password-here"));
        Assert.NotNull(await _accounts.CheckPasswordAsync("sam", "long-enough-password"));

        var stored = (await _accounts.FindByIdAsync(sam.Id))!;
        Assert.Equal(1, stored.Version);
        Assert.NotNull(stored.LastSignInAt);
        await _accounts.SetRoleAsync(sam.Id, StudioRoles.Admin, new EditBy("alex", 1), CancellationToken.None);
        Assert.Equal(StudioRoles.Admin, (await _accounts.FindByIdAsync(sam.Id))!.Role);
    }

    public Task DisposeAsync() => _scope.DisposeAsync().AsTask();

    public void Dispose() => _studio.Dispose();
}
