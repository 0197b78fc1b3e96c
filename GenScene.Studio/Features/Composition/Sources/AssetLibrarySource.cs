using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Features.Assets;

namespace GenScene.Studio.Features.Composition.Sources;

/// <summary>
/// Scene media from the asset library: the library probed each file on upload, so its facts are
/// used as stored, and its content hash is the fingerprint segments are cached by.
/// </summary>
public sealed class AssetLibrarySource(AssetLibrary library) : ISceneMediaSource
{
    public async Task<SceneMedia> ResolveAsync(string assetId, CancellationToken cancellationToken)
    {
        var asset = await library.FindAsync(assetId, cancellationToken).ConfigureAwait(false)
            ?? throw new SceneMediaException(assetId, Texts<CompositionText>.Get("AssetGone"));
        var path = library.PathOf(asset);
        if (!File.Exists(path))
        {
            throw new SceneMediaException(assetId, Texts<CompositionText>.Get("AssetFileMissing"));
        }
        var kind = asset.Kind switch
        {
            AssetKind.Image => SceneMediaKind.Image,
            AssetKind.Video => SceneMediaKind.Video,
            _ => SceneMediaKind.Audio,
        };
        return new SceneMedia(asset.Id, kind, path, asset.Width ?? 0, asset.Height ?? 0, asset.DurationSeconds ?? 0, asset.HasAudio, asset.Sha256);
    }
}
