using System.Collections.Concurrent;
using GenScene.Studio.Data;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Security.Users;

/// <summary>
/// Who a sign-in cookie belongs to now, for the check on every request (pages, scripts, styles and
/// API calls alike): read from the database once and then at most every <see cref="MaxAge"/>. A change
/// made through <see cref="UserAccounts"/> in this process is seen at the very next request.
/// </summary>
public sealed class SignedInUsers(IDbContextFactory<StudioDbContext> contexts, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (StudioUser? User, DateTimeOffset ReadAt)> _users = new();

    public async ValueTask<StudioUser?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        if (_users.TryGetValue(userId, out var known) && time.GetUtcNow() - known.ReadAt < MaxAge)
        {
            return known.User;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        _users[userId] = (user, time.GetUtcNow());
        return user;
    }

    public void Forget(string userId) => _users.TryRemove(userId, out _);
}
