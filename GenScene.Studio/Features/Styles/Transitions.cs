namespace GenScene.Studio.Features.Styles;

/// <summary>
/// How an episode moves from scene to scene. A style names its default one, so the names live with styles;
/// composition renders them and episodes accept them (<c>EpisodeFormats.Transitions</c>).
/// </summary>
public static class Transitions
{
    public const string Cut = "cut";
    public const string Crossfade = "crossfade";
    public const string FadeThroughBlack = "fade-black";
    public static readonly IReadOnlyList<string> All = [Cut, Crossfade, FadeThroughBlack];
}
