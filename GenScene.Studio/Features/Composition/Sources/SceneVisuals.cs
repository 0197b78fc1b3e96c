using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Styles;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Composition.Sources;

/// <summary>Resolves what each scene shows (and the music) before anything is rendered, so a bad asset fails fast with its scene number.</summary>
public sealed class SceneVisuals(ISceneMediaSource media, StyleCatalog styles, IOptions<StylesOptions> styleOptions, IOptions<CompositionOptions> options)
{
    public async Task<IReadOnlyList<SceneVisual>> ResolveAsync(CompositionSpec spec, FrameFormat format, string workDirectory, CancellationToken cancellationToken)
    {
        var visuals = new List<SceneVisual>(spec.Scenes.Count);
        foreach (var scene in spec.Scenes)
        {
            var style = await StyleAsync(scene, workDirectory, cancellationToken).ConfigureAwait(false);
            if (scene.AssetId is null)
            {
                var textFile = Path.Combine(workDirectory, $"title-{scene.Number}.txt");
                // Laid out inside what the look leaves free (its bars, its stamp), shrunk when long.
                var place = TextLayout.Title(Voices.Lexicon.SpeechMarkup.Visible(scene.Text), format, style?.Look, options.Value.FontFile);
                await File.WriteAllTextAsync(textFile, place.Text, cancellationToken).ConfigureAwait(false);
                visuals.Add(new SceneVisual(VisualKind.TitleCard, null, EpisodeFormats.MotionNone, scene.Fit, Voices.Lexicon.SpeechMarkup.Visible(scene.Text).Trim(), textFile, style, TitlePlace: place));
                continue;
            }
            var asset = await ResolveAsync(scene.AssetId, Texts<CompositionText>.Format("SceneWho", scene.Number), cancellationToken).ConfigureAwait(false);
            visuals.Add(asset.Kind switch
            {
                SceneMediaKind.Image => new SceneVisual(VisualKind.Still, asset, scene.Motion, scene.Fit, null, null, style),
                SceneMediaKind.Video => new SceneVisual(VisualKind.Clip, asset, EpisodeFormats.MotionNone, scene.Fit, null, null, style),
                _ => throw new JobPermanentException("InvalidAsset", Texts<CompositionText>.Format("SceneAudioAsset", scene.Number, scene.AssetId)),
            });
        }
        return visuals;
    }

    /// <summary>The scene's style as it is now (its look and version frozen for this render), or null for the plain look.</summary>
    private async Task<SceneStyle?> StyleAsync(SceneSpec scene, string workDirectory, CancellationToken cancellationToken)
    {
        if (scene.StyleId is null)
        {
            return null;
        }
        var style = await styles.FindAsync(scene.StyleId, cancellationToken).ConfigureAwait(false)
            ?? throw new JobPermanentException("InvalidStyle", Texts<CompositionText>.Format("SceneNoStyle", scene.Number, scene.StyleId));
        StyleLook look;
        try
        {
            look = style.ParsedLook();
        }
        catch (Exception ex) when (ex is ArgumentException or System.Text.Json.JsonException)
        {
            throw new JobPermanentException("InvalidStyle", Texts<CompositionText>.Format("SceneBadLook", scene.Number, style.Id, ex.Message), ex);
        }
        var stamp = Path.Combine(workDirectory, "style-stamp.txt");
        if (!File.Exists(stamp))
        {
            await File.WriteAllTextAsync(stamp, StyleLookFilters.DateStampText, cancellationToken).ConfigureAwait(false);
        }
        return new SceneStyle(style.Id, style.LookVersion, look, stamp, SceneCaption.Of(style, styleOptions.Value.FontDirectory));
    }

    public async Task<SceneMedia?> MusicAsync(string? assetId, CancellationToken cancellationToken)
    {
        if (assetId is null)
        {
            return null;
        }
        var music = await ResolveAsync(assetId, Texts<CompositionText>.Get("MusicWho"), cancellationToken).ConfigureAwait(false);
        return music.HasAudio ? music : throw new JobPermanentException("InvalidAsset", Texts<CompositionText>.Format("MusicSilent", assetId));
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
