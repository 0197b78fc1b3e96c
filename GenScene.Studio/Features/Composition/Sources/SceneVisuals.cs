using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Composition.Sources;

/// <summary>Resolves what each scene shows (and the music) before anything is rendered, so a bad asset fails fast with its scene number.</summary>
public sealed class SceneVisuals(ISceneMediaSource media)
{
    public async Task<IReadOnlyList<SceneVisual>> ResolveAsync(CompositionSpec spec, FrameFormat format, string workDirectory, CancellationToken cancellationToken)
    {
        var visuals = new List<SceneVisual>(spec.Scenes.Count);
        foreach (var scene in spec.Scenes)
        {
            // A style would decide the look; styles come later, so a styled scene shows its plain look.
            if (scene.AssetId is null)
            {
                var textFile = Path.Combine(workDirectory, $"title-{scene.Number}.txt");
                await File.WriteAllTextAsync(textFile, TitleText.Wrap(scene.Text, TitleText.CharactersPerLine(format)), cancellationToken).ConfigureAwait(false);
                visuals.Add(new SceneVisual(VisualKind.TitleCard, null, EpisodeFormats.MotionNone, scene.Fit, scene.Text.Trim(), textFile));
                continue;
            }
            var asset = await ResolveAsync(scene.AssetId, $"Scene {scene.Number}", cancellationToken).ConfigureAwait(false);
            visuals.Add(asset.Kind switch
            {
                SceneMediaKind.Image => new SceneVisual(VisualKind.Still, asset, scene.Motion, scene.Fit, null, null),
                SceneMediaKind.Video => new SceneVisual(VisualKind.Clip, asset, EpisodeFormats.MotionNone, scene.Fit, null, null),
                _ => throw new JobPermanentException("InvalidAsset", $"Scene {scene.Number}: the asset '{scene.AssetId}' is audio, not a picture or a video."),
            });
        }
        return visuals;
    }

    public async Task<SceneMedia?> MusicAsync(string? assetId, CancellationToken cancellationToken)
    {
        if (assetId is null)
        {
            return null;
        }
        var music = await ResolveAsync(assetId, "The music", cancellationToken).ConfigureAwait(false);
        return music.HasAudio ? music : throw new JobPermanentException("InvalidAsset", $"The music asset '{assetId}' has no sound.");
    }

    private async Task<SceneMedia> ResolveAsync(string assetId, string who, CancellationToken cancellationToken)
    {
        try
        {
            return await media.ResolveAsync(assetId, cancellationToken).ConfigureAwait(false);
        }
        catch (SceneMediaException ex)
        {
            throw new JobPermanentException("InvalidAsset", $"{who}: {ex.Message}", ex);
        }
    }
}
