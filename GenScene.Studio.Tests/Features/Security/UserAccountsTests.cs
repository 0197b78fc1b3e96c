using System.Net;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Security;

public sealed class UserAccountsTests
{
    [Fact]
    public async Task The_first_start_creates_the_configured_admin_who_signs_in_with_a_cookie_and_a_wrong_password_does_not()
    {
        await using var studio = new StudioFactory();
        using var admin = await studio.SignedInClientAsync(TestCredentials.AdminUser, TestCredentials.AdminPassword);
        using (var keys = await admin.GetAsync("/api/keys"))
        {
            Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
        }
        using var stranger = studio.CreateClientWithKey(null);
        using var refused = await StudioSignIn.PostSignInAsync(stranger, TestCredentials.AdminUser, "not-the-password");
        Assert.Equal("/account/login", refused.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("failed=1", refused.RequestMessage.RequestUri.Query, StringComparison.Ordinal);
        using var still = await stranger.GetAsync("/api/keys");
        Assert.Equal(HttpStatusCode.Unauthorized, still.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_password_the_first_admin_gets_a_generated_one_printed_once()
    {
        await using var studio = StudioProcess.Start(null, "--GenScene:BootstrapAdminPassword=", "--GenScene:BootstrapAdminUserName=owner");
        await studio.WaitUntilListeningAsync();
        var line = studio.Output.Split('\n').Single(l => l.Contains("created the first admin 'owner'", StringComparison.Ordinal));
        var password = System.Text.RegularExpressions.Regex.Match(line, "password (\\S+)").Groups[1].Value;
        Assert.Equal(16, password.Length);
        var logs = string.Concat(Directory.GetFiles(Path.Combine(studio.DataDirectory, "logs")).Select(File.ReadAllText));
        Assert.DoesNotContain(password, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weak_passwords_duplicate_names_and_removing_the_last_admin_are_refused_with_the_reason()
    {
        await using var studio = new StudioFactory();
        studio.CreateClient().Dispose();
        await using var scope = studio.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();

        Assert.Equal("password", (await Assert.ThrowsAsync<UserAccountException>(() => accounts.CreateAsync("sam", "short", StudioRoles.Creator, CancellationToken.None))).Field);
        Assert.Contains("already", (await Assert.ThrowsAsync<UserAccountException>(() => accounts.CreateAsync(TestCredentials.AdminUser, "long-enough-password", StudioRoles.Creator, CancellationToken.None))).Message, StringComparison.Ordinal);
        Assert.Equal("role", (await Assert.ThrowsAsync<UserAccountException>(() => accounts.CreateAsync("sam", "long-enough-password", "Owner", CancellationToken.None))).Field);

        var admin = (await accounts.ListAsync(CancellationToken.None)).Single();
        Assert.Contains("last admin", (await Assert.ThrowsAsync<UserAccountException>(() => accounts.SetRoleAsync(admin.Id, StudioRoles.Creator, new EditBy(null), CancellationToken.None))).Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<UserAccountException>(() => accounts.DeleteAsync(admin.Id, new EditBy(null), CancellationToken.None));

        var sam = await accounts.CreateAsync("sam", "long-enough-password", StudioRoles.Admin, CancellationToken.None);
        await accounts.SetRoleAsync(admin.Id, StudioRoles.Creator, new EditBy(null), CancellationToken.None);
        Assert.Equal(StudioRoles.Creator, (await accounts.FindByIdAsync(admin.Id))!.Role);
        Assert.NotNull(await accounts.CheckPasswordAsync("sam", "long-enough-password"));
        Assert.Null(await accounts.CheckPasswordAsync("sam", "wrong-password-here"));
        Assert.Equal(sam.Id, (await accounts.CheckPasswordAsync("SAM", "long-enough-password"))?.Id);
    }

    [Fact]
    public async Task A_creator_is_refused_admin_endpoints_and_a_role_change_applies_at_the_next_request()
    {
        await using var studio = new StudioFactory();
        studio.CreateClient().Dispose();
        StudioUser casey;
        await using (var scope = studio.Services.CreateAsyncScope())
        {
            casey = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync("casey", "creator-password", StudioRoles.Creator, CancellationToken.None);
        }
        using var client = await studio.SignedInClientAsync("casey", "creator-password");
        using (var refused = await client.GetAsync("/api/keys"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("'admin' scope", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await using (var scope = studio.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetRoleAsync(casey.Id, StudioRoles.Admin, new EditBy(null), CancellationToken.None);
        }
        using var allowed = await client.GetAsync("/api/keys");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
