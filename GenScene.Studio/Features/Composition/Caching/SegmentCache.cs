using System.Globalization;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Composition.Caching;

/// <summary>
/// Rendered segments under cache/segments/, named by a hash of everything that shaped them, so an
/// unchanged scene is reused by any later composition. A segment appears only once complete. Past
/// Composition:SegmentCacheMaxMegabytes the least recently used segments are removed.
/// </summary>
public sealed class SegmentCache(StoragePaths paths, IOptions<CompositionOptions> options, TimeProvider time, ILogger<SegmentCache> logger)
{
    /// <summary>Raise when the way segments are rendered changes, so old renders are not reused (2: crossfades by alpha overlay; 3: text laid out in the look's safe area).</summary>
    public const int RenderVersion = 3;

    /// <summary>
    /// A segment used this recently may be listed by a composition that has not joined it yet
    /// (jobs run side by side), so eviction leaves it alone even when that keeps the cache over its cap.
    /// </summary>
    public static readonly TimeSpan InUseWindow = TimeSpan.FromMinutes(30);

    private readonly Lock _eviction = new();

    public string Directory => Path.Combine(paths.Cache, "segments");

    /// <summary>The same hash as the speech cache's keys, over the render version and what shapes the piece.</summary>
    public static string Key(object identity) => AudioCache.Key(new { v = RenderVersion, identity });

    public string PathOf(string key, string extension = ".mp4") => Path.Combine(Directory, key + extension);

    /// <summary>A JPEG of one frame of a cached segment (an episode's thumbnail); it goes when its segment goes.</summary>
    public string PosterPathOf(string key, int frame) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"{key}.f{frame}.jpg"));

    public bool TryGet(string key, out string path, string extension = ".mp4")
    {
        path = PathOf(key, extension);
        if (!File.Exists(path))
        {
            return false;
        }
        Touch(path);
        return true;
    }

    /// <summary>A fresh path to render into, in the cache's directory so the final move is atomic.</summary>
    public string NewTemporaryPath(string extension = ".mp4")
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, $".tmp-{Guid.NewGuid():N}{extension}");
    }

    public string Commit(string key, string temporaryPath, string extension = ".mp4")
    {
        var path = PathOf(key, extension);
        File.Move(temporaryPath, path, overwrite: true);
        Touch(path);
        return path;
    }

    /// <summary>Removes least recently used segments until the cache is under its cap; returns how many went.</summary>
    public int Evict()
    {
        var limit = options.Value.SegmentCacheMaxMegabytes * 1024L * 1024;
        lock (_eviction)
        {
            var folder = new DirectoryInfo(Directory);
            if (!folder.Exists)
            {
                return 0;
            }
            // Temporary renders (".tmp-…") are in progress, not cached.
            // Segments and soundtracks (.mp4) and fitted stills (.yuv, see StillFrames) share the cap.
            var segments = folder.EnumerateFiles("*.mp4").Concat(folder.EnumerateFiles("*.yuv"))
                .Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.LastAccessTimeUtc).ToList();
            var total = segments.Sum(f => f.Length);
            var inUseSince = time.GetUtcNow().UtcDateTime - InUseWindow;
            var removed = 0;
            foreach (var segment in segments)
            {
                if (total <= limit || segment.LastAccessTimeUtc > inUseSince)
                {
                    break;
                }
                var bytes = segment.Length; // FileInfo looks again after Delete and would find nothing
                segment.Delete();
                foreach (var poster in folder.EnumerateFiles(Path.GetFileNameWithoutExtension(segment.Name) + ".f*.jpg"))
                {
                    poster.Delete();
                }
                total -= bytes;
                removed++;
            }
            if (removed > 0)
            {
                logger.LogInformation("Segment cache over its cap: removed {Count} least recently used segments, {Megabytes} MB remain",
                    removed, total / (1024 * 1024));
            }
            return removed;
        }
    }

    /// <summary>The access time is the "last used" mark eviction orders by, set here so mount options (noatime) do not matter.</summary>
    private void Touch(string path) => File.SetLastAccessTimeUtc(path, time.GetUtcNow().UtcDateTime);
}
