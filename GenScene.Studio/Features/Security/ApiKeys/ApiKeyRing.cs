using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using GenScene.Studio.Data;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Security.ApiKeys;

/// <summary>An unrevoked key as the checker sees it.</summary>
public sealed record ActiveKey(string Id, string Name, byte[] Hash, IReadOnlyList<string> Scopes);

/// <summary>
/// Checks presented keys against the unrevoked ones, held in memory so that a request costs one
/// SHA-256 and no database read. Every stored hash is compared in constant time, and all of them
/// are compared whatever matched, so timing tells nothing about any key. The set is reloaded after
/// a change here and at least every <see cref="MaxAge"/> (another studio process may have revoked one).
/// </summary>
public sealed class ApiKeyRing(IDbContextFactory<StudioDbContext> contexts, TimeProvider time, ILogger<ApiKeyRing> logger) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _touched = new();
    private (ImmutableArray<ActiveKey> Keys, DateTimeOffset LoadedAt)? _snapshot;

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public async ValueTask<ActiveKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        var keys = await KeysAsync(cancellationToken).ConfigureAwait(false);
        var hash = Hash(presented);
        ActiveKey? match = null;
        foreach (var key in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                match = key;
            }
        }
        if (match is not null)
        {
            Touch(match.Id);
        }
        return match;
    }

    public void Dispose() => _loading.Dispose();

    /// <summary>Forget the loaded set: the next check reads the database.</summary>
    public void Invalidate() => _snapshot = null;

    private async ValueTask<ImmutableArray<ActiveKey>> KeysAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } current && time.GetUtcNow() - current.LoadedAt < MaxAge)
        {
            return current.Keys;
        }
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_snapshot is { } loaded && time.GetUtcNow() - loaded.LoadedAt < MaxAge)
            {
                return loaded.Keys;
            }
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var rows = await db.ApiKeys.AsNoTracking().Where(k => k.RevokedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
            var keys = rows.Select(k => new ActiveKey(k.Id, k.Name, Convert.FromHexString(k.KeyHash), k.ScopeList)).ToImmutableArray();
            _snapshot = (keys, time.GetUtcNow());
            return keys;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Records the last use at most once a minute per key, off the request's path.</summary>
    private void Touch(string keyId)
    {
        var now = time.GetUtcNow();
        var previous = _touched.GetValueOrDefault(keyId);
        if (now - previous < TouchInterval || !_touched.TryUpdate(keyId, now, previous) && !_touched.TryAdd(keyId, now))
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
                await db.ApiKeys.Where(k => k.Id == keyId).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                logger.LogWarning(ex, "Could not record the last use of API key {ApiKeyId}", keyId);
            }
        });
    }
}
