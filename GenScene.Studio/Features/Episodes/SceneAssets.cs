using GenScene.Studio.Features.Assets;

namespace GenScene.Studio.Features.Episodes;

/// <summary>What episodes need to know of an asset: its kind. The one place this feature asks the assets feature.</summary>
public sealed class SceneAssets(AssetLibrary assets)
{
    public const string Image = "image";
    public const string Video = "video";
    public const string Audio = "audio";

    /// <summary>"image", "video" or "audio"; null when there is no such asset.</summary>
    public async Task<string?> KindAsync(string assetId, CancellationToken cancellationToken) =>
        (await assets.FindAsync(assetId, cancellationToken).ConfigureAwait(false))?.Kind.ToString().ToLowerInvariant();
}
