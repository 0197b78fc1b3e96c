using GenScene.Studio.Infrastructure.Localization;
namespace GenScene.Studio.Features.Composition.Sources;

public enum SceneMediaKind
{
    Image,
    Video,
    Audio,
}

/// <summary>
/// An asset as composition sees it: where the file is, what it holds, and a fingerprint of its
/// content so a rendered segment is reused only while the asset is unchanged.
/// </summary>
public sealed record SceneMedia(string Id, SceneMediaKind Kind, string Path, int Width, int Height, double DurationSeconds, bool HasAudio, string Fingerprint);

/// <summary>
/// Finds an asset by id. The one place composition touches the asset store, so that the asset
/// library stays behind <see cref="AssetLibrarySource"/>.
/// </summary>
public interface ISceneMediaSource
{
    /// <summary>Returns the asset, or throws <see cref="SceneMediaException"/> saying why it cannot be used.</summary>
    Task<SceneMedia> ResolveAsync(string assetId, CancellationToken cancellationToken);
}

/// <summary>The asset is missing or its file cannot be read as media.</summary>
public sealed class SceneMediaException(string assetId, string reason) : Exception(Texts<CompositionText>.Format("AssetUnusable", assetId, reason))
{
    public string AssetId { get; } = assetId;
    public string Reason { get; } = reason;
}
