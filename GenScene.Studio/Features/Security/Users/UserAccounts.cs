using System.Security.Claims;
using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Concurrency;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Security.Users;

/// <summary>The studio's users: sign-in checks, and what the Users page does (create, role, password, delete).</summary>
public sealed class UserAccounts(UserManager<StudioUser> users, IDbContextFactory<StudioDbContext> contexts, SignedInUsers signedIn, TimeProvider time, EditNotifier edits, ILogger<UserAccounts> logger)
{
    // Per process: sign-in is served by the studio process only, never by workers.
    private static readonly KeyedLocks SignInLocks = new();
    private static readonly StudioUser Unknown = new() { Id = "", UserName = "", NormalizedUserName = "", Role = StudioRoles.Creator };
    private static readonly Lazy<string> UnknownHash = new(() => new PasswordHasher<StudioUser>().HashPassword(Unknown, Guid.NewGuid().ToString("N")));

    public async Task<IReadOnlyList<StudioUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="UserAccountException">The name is taken, the role unknown or the password too weak (the message says which).</exception>
    public async Task<StudioUser> CreateAsync(string userName, string password, string role, CancellationToken cancellationToken)
    {
        var user = new StudioUser
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            UserName = userName?.Trim() ?? "",
            NormalizedUserName = "",
            Role = CanonicalRole(role),
            CreatedAt = time.GetUtcNow(),
        };
        if (user.UserName.Length is 0 or > 64)
        {
            throw new UserAccountException("userName", Texts<SecurityText>.Get("UserNameLength"));
        }
        Check(await users.CreateAsync(user, password ?? "").ConfigureAwait(false), "password");
        logger.LogInformation("Created user {UserName} with role {Role}", user.UserName, user.Role);
        return user;
    }

    public const string Kind = "user";

    /// <exception cref="StaleVersionException">The user is no longer at <see cref="EditBy.ExpectedVersion"/>: nothing changed.</exception>
    public async Task SetRoleAsync(string userId, string role, EditBy edit, CancellationToken cancellationToken)
    {
        var canonical = CanonicalRole(role);
        await EditAsync(userId, edit, async user =>
        {
            if (user.Role == StudioRoles.Admin && canonical != StudioRoles.Admin)
            {
                await EnsureAnotherAdminAsync(user, cancellationToken).ConfigureAwait(false);
            }
            user.Role = canonical;
        }, cancellationToken).ConfigureAwait(false);
        signedIn.Forget(userId);
    }

    /// <exception cref="StaleVersionException">The user is no longer at <see cref="EditBy.ExpectedVersion"/>: nothing changed.</exception>
    public Task ResetPasswordAsync(string userId, string password, EditBy edit, CancellationToken cancellationToken) =>
        EditAsync(userId, edit, async user =>
        {
            // Identity's own validators and hasher, but one versioned save instead of its remove-then-add (two writes).
            foreach (var validator in users.PasswordValidators)
            {
                Check(await validator.ValidateAsync(users, user, password ?? "").ConfigureAwait(false), "password");
            }
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password ?? "");
        }, cancellationToken);

    /// <exception cref="StaleVersionException">The user is no longer at <see cref="EditBy.ExpectedVersion"/>: nothing was deleted.</exception>
    public async Task DeleteAsync(string userId, EditBy edit, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        StaleVersionException.ThrowIfStale(Kind, user.UserName, user, edit.ExpectedVersion);
        if (user.Role == StudioRoles.Admin)
        {
            await EnsureAnotherAdminAsync(user, cancellationToken).ConfigureAwait(false);
        }
        Check(await users.DeleteAsync(user).ConfigureAwait(false), "user");
        signedIn.Forget(userId);
        edits.Publish(new EntityEdited(Kind, user.Id, user.Version, edit.By, Deleted: true));
    }

    /// <summary>
    /// An admin's edit of a user, saved on the version the page showed (ADR 0017): refused before anything
    /// changes when another version is stored, and by the version column when another save wins meanwhile.
    /// </summary>
    private async Task EditAsync(string userId, EditBy edit, Func<StudioUser, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false)
            ?? throw new UserAccountException("user", Texts<SecurityText>.Format("NoSuchUser", userId));
        StaleVersionException.ThrowIfStale(Kind, user.UserName, user, edit.ExpectedVersion);
        await change(user).ConfigureAwait(false);
        user.UpdatedBy = edit.By ?? user.UpdatedBy;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        edits.Publish(new EntityEdited(Kind, user.Id, user.Version, user.UpdatedBy));
    }

    /// <summary>
    /// The user when the name and password match and the account is not locked, else null: the caller
    /// does not learn which was wrong. An unknown name costs the same password hashing as a known one,
    /// so the answer's timing does not tell either. Wrong passwords in a row lock the account
    /// (GenScene:SignInMaxFailures, GenScene:SignInLockoutMinutes); a locked account refuses the right one too.
    /// </summary>
    public async Task<StudioUser?> CheckPasswordAsync(string userName, string password, string? address = null)
    {
        userName ??= "";
        password ??= "";
        // One check at a time per name: counting failures reads and writes the user, and parallel guesses must each count.
        using var held = await SignInLocks.AcquireAsync(users.NormalizeName(userName) ?? "", CancellationToken.None).ConfigureAwait(false);
        var user = await users.FindByNameAsync(userName).ConfigureAwait(false);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(Unknown, UnknownHash.Value, password);
            logger.LogInformation("Sign-in refused for {UserName} from {ClientAddress}: no such user", userName, address);
            return null;
        }
        if (await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash, password);
            logger.LogWarning("Sign-in refused for {UserName} from {ClientAddress}: the account is locked until {LockoutEnd}", user.UserName, address, user.LockoutEnd);
            return null;
        }
        if (!await users.CheckPasswordAsync(user, password).ConfigureAwait(false))
        {
            await users.AccessFailedAsync(user).ConfigureAwait(false);
            if (user.LockoutEnd > time.GetUtcNow())
            {
                logger.LogWarning("Locked {UserName} until {LockoutEnd} after {Failures} wrong passwords in a row (the last from {ClientAddress})",
                    user.UserName, user.LockoutEnd, users.Options.Lockout.MaxFailedAccessAttempts, address);
            }
            else
            {
                logger.LogInformation("Sign-in refused for {UserName} from {ClientAddress}: wrong password ({Failures} in a row)", user.UserName, address, user.AccessFailedCount);
            }
            return null;
        }
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        user.LastSignInAt = time.GetUtcNow();
        await users.UpdateAsync(user).ConfigureAwait(false);
        logger.LogInformation("Signed in {UserName} from {ClientAddress}", user.UserName, address);
        return user;
    }

    /// <summary>Lifts a lockout at once (the Users page's Unlock) and starts the count of wrong passwords afresh.</summary>
    public async Task UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        using var held = await SignInLocks.AcquireAsync(user.NormalizedUserName, cancellationToken).ConfigureAwait(false);
        user = await FindAsync(userId).ConfigureAwait(false);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        Check(await users.UpdateAsync(user).ConfigureAwait(false), "user");
        logger.LogInformation("Unlocked {UserName}", user.UserName);
    }

    /// <summary>Whether the account refuses sign-in now (the Users page marks it).</summary>
    /// <summary>
    /// Remembers the user's language. A preference like sign-in's bookkeeping, not an edit: written alone, so it
    /// neither raises the version nor overwrites an admin's concurrent edit of the user (ADR 0033).
    /// </summary>
    public async Task SetCultureAsync(string userId, string culture, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Culture, culture), cancellationToken).ConfigureAwait(false);
    }

    public bool IsLocked(StudioUser user) => user.IsLockedAt(time.GetUtcNow());

    public Task<StudioUser?> FindByIdAsync(string userId) => users.FindByIdAsync(userId);

    /// <summary>The cookie principal: the user's name, role and the API scopes that role carries.</summary>
    public static ClaimsPrincipal PrincipalFor(StudioUser user)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role),
            new(StudioClaims.CredentialKind, StudioClaims.UserCredential),
        ];
        claims.AddRange(StudioRoles.ScopesOf(user.Role).Select(s => new Claim(StudioScopes.ClaimType, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private async Task<StudioUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId).ConfigureAwait(false) ?? throw new UserAccountException("user", Texts<SecurityText>.Format("NoSuchUser", userId));

    private async Task EnsureAnotherAdminAsync(StudioUser user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Users.AnyAsync(u => u.Role == StudioRoles.Admin && u.Id != user.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new UserAccountException("role", Texts<SecurityText>.Format("LastAdmin", user.UserName));
        }
    }

    private static string CanonicalRole(string role) =>
        StudioRoles.Find(role) ?? throw new UserAccountException("role", Texts<SecurityText>.Format("NotARole", role, string.Join(", ", StudioRoles.All)));

    private static string IdentityText(IdentityError error)
    {
        var key = "Identity_" + error.Code;
        return Texts<SecurityText>.Get(key) is var text && text != key ? text : error.Description;
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            // A taken or unusable name is the name's fault, whatever the step that found it (the Users page shows it under that field).
            var at = result.Errors.Any(e => e.Code is "DuplicateUserName" or "InvalidUserName") ? "userName" : field;
            // Identity's own descriptions are English: the codes the studio can meet are worded from SecurityText.
            throw new UserAccountException(at, string.Join(" ", result.Errors.Select(e => IdentityText(e))));
        }
    }
}

/// <summary>A user change that cannot be made; <see cref="Field"/> names the input at fault.</summary>
public sealed class UserAccountException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
