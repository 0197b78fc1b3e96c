using GenScene.Studio.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Security.Users;

/// <summary>
/// Identity's user store over the studio's own users table (the EF stores package cannot be used
/// here, see STACK.md). A user has exactly one role, kept in a column.
/// </summary>
public sealed class StudioUserStore(IDbContextFactory<StudioDbContext> contexts) : IUserPasswordStore<StudioUser>, IUserRoleStore<StudioUser>, IUserLockoutStore<StudioUser>
{
    public Task<string> GetUserIdAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);
    public Task<string?> GetUserNameAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);
    public Task SetUserNameAsync(StudioUser user, string? userName, CancellationToken cancellationToken) { user.UserName = userName ?? ""; return Task.CompletedTask; }
    public Task<string?> GetNormalizedUserNameAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);
    public Task SetNormalizedUserNameAsync(StudioUser user, string? normalizedName, CancellationToken cancellationToken) { user.NormalizedUserName = normalizedName ?? ""; return Task.CompletedTask; }
    public Task SetPasswordHashAsync(StudioUser user, string? passwordHash, CancellationToken cancellationToken) { user.PasswordHash = passwordHash ?? ""; return Task.CompletedTask; }
    public Task<string?> GetPasswordHashAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.PasswordHash);
    public Task<bool> HasPasswordAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash.Length > 0);

    public async Task<IdentityResult> CreateAsync(StudioUser user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = $"There is already a user '{user.UserName}'." });
        }
        return IdentityResult.Success;
    }

    /// <summary>
    /// Writes sign-in's bookkeeping only (wrong passwords in a row, lockout, last sign-in): Identity calls this
    /// while checking a password, which is no edit. It must neither raise the user's version (an admin editing
    /// the user would be told someone saved it) nor fail when an admin saved the user meanwhile. A user's name,
    /// password and role are edits: <see cref="UserAccounts"/> saves them on a version (ADR 0033).
    /// </summary>
    public async Task<IdentityResult> UpdateAsync(StudioUser user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, user.AccessFailedCount)
            .SetProperty(u => u.LockoutEnd, user.LockoutEnd)
            .SetProperty(u => u.LastSignInAt, user.LastSignInAt), cancellationToken).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(StudioUser user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    public async Task<StudioUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StudioUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, cancellationToken).ConfigureAwait(false);
    }

    public Task AddToRoleAsync(StudioUser user, string roleName, CancellationToken cancellationToken) { user.Role = Canonical(roleName); return Task.CompletedTask; }
    public Task RemoveFromRoleAsync(StudioUser user, string roleName, CancellationToken cancellationToken) => Task.CompletedTask;
    public Task<IList<string>> GetRolesAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult<IList<string>>([user.Role]);
    public Task<bool> IsInRoleAsync(StudioUser user, string roleName, CancellationToken cancellationToken) => Task.FromResult(string.Equals(user.Role, roleName, StringComparison.OrdinalIgnoreCase));

    public async Task<IList<StudioUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var role = Canonical(roleName);
        return await db.Users.AsNoTracking().Where(u => u.Role == role).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    // Lockout is always on: the studio has no account that may be guessed at without limit.
    public Task<DateTimeOffset?> GetLockoutEndDateAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);
    public Task SetLockoutEndDateAsync(StudioUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) { user.LockoutEnd = lockoutEnd; return Task.CompletedTask; }
    public Task<int> IncrementAccessFailedCountAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);
    public Task ResetAccessFailedCountAsync(StudioUser user, CancellationToken cancellationToken) { user.AccessFailedCount = 0; return Task.CompletedTask; }
    public Task<int> GetAccessFailedCountAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);
    public Task<bool> GetLockoutEnabledAsync(StudioUser user, CancellationToken cancellationToken) => Task.FromResult(true);
    public Task SetLockoutEnabledAsync(StudioUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() { }

    private static string Canonical(string role) =>
        StudioRoles.Find(role) ?? throw new ArgumentException($"'{role}' is not a role; use {string.Join(" or ", StudioRoles.All)}.", nameof(role));
}
