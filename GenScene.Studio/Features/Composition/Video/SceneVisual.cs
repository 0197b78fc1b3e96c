using GenScene.Studio.Features.Composition.Sources;
using GenScene.Studio.Features.Styles;

namespace GenScene.Studio.Features.Composition.Video;

public enum VisualKind
{
    /// <summary>No asset: the scene's text on a colour field.</summary>
    TitleCard,
    Still,
    Clip,
}

/// <summary>
/// What a scene shows, resolved: the asset (if any), how it moves and fits, and for a title card
/// the file its text is read from and where it is drawn (<see cref="TitlePlace"/>). <see cref="Identity"/> is what the segment cache keys on;
/// <see cref="Prepared"/> (the still already fitted, see <see cref="StillFrames"/>) changes how it is read, not what it shows.
/// </summary>
public sealed record SceneVisual(VisualKind Kind, SceneMedia? Media, string Motion, string Fit, string? Text, string? TextFile, SceneStyle? Style = null,
    PreparedStill? Prepared = null, TextPlacement? TitlePlace = null)
{
    /// <summary>
    /// Whether every frame differs (a clip, a still that moves, a look with grain or drift): x264 spends on each frame
    /// about a keyframe's share, so such a body (but a clip, see <see cref="VideoAssembler"/>) is cut into shorter pieces.
    /// </summary>
    public bool Moves => Kind == VisualKind.Clip || (Kind == VisualKind.Still && Motion != EpisodeFormats.MotionNone) || Style?.Look.Moves == true;

    public object Identity => new
    {
        Kind = Kind.ToString(), asset = Media?.Fingerprint, Motion, Fit, text = Kind == VisualKind.TitleCard ? Text : null, title = TitlePlace,
        style = Style?.Id, styleVersion = Style?.Version,
    };
}

/// <summary>The look a scene's style puts over its picture and its captions; the id and version key the segment cache.</summary>
public sealed record SceneStyle(string Id, int Version, StyleLook Look, string StampTextFile, SceneCaption? Caption = null);

/// <summary>How a style draws its captions: a DejaVu font, the text colour and its outline ("#rrggbb").</summary>
public sealed record SceneCaption(string FontFile, string Color, string Outline)
{
    /// <summary>The style's caption look, its font found where the previews find theirs (Styles:FontDirectory).</summary>
    public static SceneCaption Of(Styles.Style style, string fontDirectory) =>
        new(Path.Combine(fontDirectory, Path.GetFileName(style.CaptionFont)), style.CaptionColor, style.CaptionOutline);
}
