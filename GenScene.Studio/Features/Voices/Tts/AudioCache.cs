using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Data;
using GenScene.Studio.Infrastructure.Concurrency;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// Finished speech by content: the key hashes engine, engine version, voice, settings, text, format
/// and finishing (loudness target, jingles), so nothing is synthesized twice and any change misses.
/// Files live in data/cache/audio/; the database row records size and last use; past the size limit
/// the least recently used renditions are removed. A key is held (<see cref="LockAsync"/>) while its rendition
/// is made or read, so identical work in flight is done once and eviction never removes what is being read.
/// </summary>
public sealed class AudioCache(IDbContextFactory<StudioDbContext> contexts, StoragePaths paths, TimeProvider time, IOptions<TtsOptions> options, ILogger<AudioCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _eviction = new(1, 1);
    private readonly KeyedLocks _keys = new();

    public string Root => Path.Combine(paths.Cache, "audio");

    public static string Key(object parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parts)))).ToLowerInvariant();

    /// <summary>
    /// Holds <paramref name="key"/> until disposed: a second caller with the same key waits, then finds the
    /// first one's rendition instead of making it again; eviction skips held keys.
    /// </summary>
    public Task<IDisposable> LockAsync(string key, CancellationToken cancellationToken) => _keys.AcquireAsync(key, cancellationToken);

    /// <summary>The cached rendition's directory and row, or null. A hit counts as a use.</summary>
    public async Task<(AudioCacheEntry Entry, string Directory)?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var entry = await db.AudioCache.FirstOrDefaultAsync(e => e.Key == key, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return null;
        }
        var directory = Path.Combine(Root, entry.RelativePath);
        if (!Directory.Exists(directory))
        {
            db.AudioCache.Remove(entry); // its files were removed by hand
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        entry.LastUsedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (entry, directory);
    }

    /// <summary>Copies the given files into the cache under <paramref name="key"/>, then keeps the cache under its limit.</summary>
    public async Task StoreAsync(string key, string engine, IReadOnlyList<string> files, double durationSeconds,
        (double Integrated, double TruePeak, double Range)? loudness, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(key[..2], key);
        var target = Path.Combine(Root, relative);
        var staging = target + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(staging);
        long bytes = 0;
        foreach (var file in files)
        {
            var copy = Path.Combine(staging, Path.GetFileName(file));
            File.Copy(file, copy, overwrite: true);
            bytes += new FileInfo(copy).Length;
        }
        try
        {
            Directory.Move(staging, target); // readers never see a half-copied rendition
        }
        catch (IOException) when (Directory.Exists(target))
        {
            // Another process stored the same key first: the same content, so keep theirs. (Deleting theirs
            // to move ours in raced with its readers and with its own move.)
            Directory.Delete(staging, recursive: true);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            var entry = await db.AudioCache.FirstOrDefaultAsync(e => e.Key == key, cancellationToken).ConfigureAwait(false);
            if (entry is null)
            {
                entry = new AudioCacheEntry { Key = key, Engine = engine, RelativePath = relative, CreatedAt = now };
                db.AudioCache.Add(entry);
            }
            entry.Bytes = bytes;
            entry.DurationSeconds = durationSeconds;
            (entry.IntegratedLufs, entry.TruePeakDb, entry.LoudnessRange) = loudness is { } l ? (l.Integrated, l.TruePeak, l.Range) : ((double?)null, (double?)null, (double?)null);
            entry.LastUsedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException) when (db.Entry(entry).State == EntityState.Added)
            {
                // Another process added the same key's row between our read and our insert: theirs describes the same files.
                logger.LogDebug("Audio cache row {Key} was stored by another process", key);
            }
        }
        await EvictAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> TotalBytesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.AudioCache.SumAsync(e => e.Bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes least recently used renditions until the cache is under Tts:CacheMaxMegabytes.</summary>
    public async Task<int> EvictAsync(CancellationToken cancellationToken)
    {
        var limit = options.Value.CacheMaxMegabytes * 1024 * 1024;
        await _eviction.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var total = await db.AudioCache.SumAsync(e => e.Bytes, cancellationToken).ConfigureAwait(false);
            if (total <= limit)
            {
                return 0;
            }
            var removed = 0;
            foreach (var entry in await db.AudioCache.OrderBy(e => e.LastUsedAt).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (total <= limit)
                {
                    break;
                }
                using var held = _keys.TryAcquire(entry.Key);
                if (held is null)
                {
                    continue; // being made or read right now
                }
                var directory = Path.Combine(Root, entry.RelativePath);
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
                db.AudioCache.Remove(entry);
                total -= entry.Bytes;
                removed++;
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Audio cache over its limit: removed {Count} least recently used renditions", removed);
            return removed;
        }
        finally
        {
            _eviction.Release();
        }
    }

    public void Dispose() => _eviction.Dispose();
}
