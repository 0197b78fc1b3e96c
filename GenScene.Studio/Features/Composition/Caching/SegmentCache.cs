using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Infrastructure.Storage;

namespace GenScene.Studio.Features.Composition.Caching;

/// <summary>
/// Rendered segments under cache/segments/, named by a hash of everything that shaped them, so an
/// unchanged scene is reused by any later composition. A segment appears only once complete.
/// </summary>
public sealed class SegmentCache(StoragePaths paths)
{
    /// <summary>Raise when the way segments are rendered changes, so old renders are not reused (2: crossfades by alpha overlay).</summary>
    public const int RenderVersion = 2;

    public string Directory => Path.Combine(paths.Cache, "segments");

    public static string Key(object identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { v = RenderVersion, identity }))));

    public string PathOf(string key) => Path.Combine(Directory, key + ".mp4");

    public bool TryGet(string key, out string path)
    {
        path = PathOf(key);
        if (!File.Exists(path))
        {
            return false;
        }
        File.SetLastAccessTimeUtc(path, DateTime.UtcNow); // for a later eviction by age of use
        return true;
    }

    /// <summary>A fresh path to render into, in the cache's directory so the final move is atomic.</summary>
    public string NewTemporaryPath()
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, $".tmp-{Guid.NewGuid():N}.mp4");
    }

    public string Commit(string key, string temporaryPath)
    {
        var path = PathOf(key);
        File.Move(temporaryPath, path, overwrite: true);
        return path;
    }
}
