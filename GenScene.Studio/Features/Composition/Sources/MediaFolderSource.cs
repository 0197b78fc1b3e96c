using System.Buffers;
using System.Security.Cryptography;
using GenScene.Studio.Features.Composition.Output;
using GenScene.Studio.Infrastructure.Storage;

namespace GenScene.Studio.Features.Composition.Sources;

/// <summary>
/// Until the asset library lands: an asset id names a file in media/assets/ (the id is the file
/// name, with or without its extension). The file's content decides its kind, never its name.
/// </summary>
public sealed class MediaFolderSource(StoragePaths paths, MediaProbe probe) : ISceneMediaSource
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create("/\\\0*?");

    public string Folder => Path.Combine(paths.Media, "assets");

    public async Task<SceneMedia> ResolveAsync(string assetId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(assetId) || assetId.AsSpan().IndexOfAny(Forbidden) >= 0 || assetId.StartsWith('.'))
        {
            throw new SceneMediaException(assetId, "the id is not valid");
        }
        var path = Find(assetId) ?? throw new SceneMediaException(assetId, "there is no such asset");
        var (info, problem) = await probe.ProbeAsync(path, cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            throw new SceneMediaException(assetId, problem ?? "it is not media");
        }
        var fingerprint = await FingerprintAsync(path, cancellationToken).ConfigureAwait(false);
        return Describe(assetId, path, info, fingerprint);
    }

    internal static SceneMedia Describe(string id, string path, MediaInfo info, string fingerprint)
    {
        if (info.Video is { } video)
        {
            // Image decoders report a single frame with no (or a tiny) duration; a video has frames to play.
            var isImage = info.Container is { } c && (c.Contains("_pipe", StringComparison.Ordinal) || c == "image2");
            if (video.Width <= 0 || video.Height <= 0)
            {
                throw new SceneMediaException(id, "its picture has no size");
            }
            return isImage
                ? new SceneMedia(id, SceneMediaKind.Image, path, video.Width, video.Height, 0, false, fingerprint)
                : info.DurationSeconds > 0
                    ? new SceneMedia(id, SceneMediaKind.Video, path, video.Width, video.Height, info.DurationSeconds, info.Audio is not null, fingerprint)
                    : throw new SceneMediaException(id, "the video has no duration");
        }
        if (info.Audio is not null && info.DurationSeconds > 0)
        {
            return new SceneMedia(id, SceneMediaKind.Audio, path, 0, 0, info.DurationSeconds, true, fingerprint);
        }
        throw new SceneMediaException(id, "it holds neither a picture nor sound");
    }

    private string? Find(string assetId)
    {
        if (!Directory.Exists(Folder))
        {
            return null;
        }
        var exact = Path.Combine(Folder, assetId);
        return File.Exists(exact) ? exact : Directory.EnumerateFiles(Folder, assetId + ".*").Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static async Task<string> FingerprintAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }
}
