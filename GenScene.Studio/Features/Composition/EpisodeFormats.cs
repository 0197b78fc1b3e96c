namespace GenScene.Studio.Features.Composition;

/// <summary>
/// The values episodes and scenes accept, in one place for validation, pages and composition. Composition owns
/// them because it is what renders them; the transition names come from styles (<see cref="Styles.Transitions"/>).
/// </summary>
public static class EpisodeFormats
{
    public const string Landscape = "1920x1080";
    public const string Portrait = "1080x1920";
    public const string Square = "1080x1080";
    public static readonly IReadOnlyList<string> Resolutions = [Landscape, Portrait, Square];
    public static readonly IReadOnlyList<int> FrameRates = [24, 25, 30, 50, 60];

    public const string Cut = Styles.Transitions.Cut;
    public const string Crossfade = Styles.Transitions.Crossfade;
    public const string FadeThroughBlack = Styles.Transitions.FadeThroughBlack;
    public static readonly IReadOnlyList<string> Transitions = Styles.Transitions.All;

    public const string MotionNone = "none";
    public static readonly IReadOnlyList<string> Motions = [MotionNone, "zoom-in", "zoom-out", "pan"];

    public const string FitCover = "cover";
    public const string FitContainBlur = "contain-blur";
    public static readonly IReadOnlyList<string> Fits = [FitCover, FitContainBlur];

    public const int MaxScenes = 200;

    /// <summary>A scene's pauses around its narration when none are given: a breath before, a beat after.</summary>
    public const double DefaultPaddingBeforeSeconds = 0.25;
    public const double DefaultPaddingAfterSeconds = 0.5;

    public static (int Width, int Height) Size(string resolution)
    {
        var parts = resolution.Split('x');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
