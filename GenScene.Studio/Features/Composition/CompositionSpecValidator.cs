using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Composition;

/// <summary>Every way a <see cref="CompositionSpec"/> cannot be rendered, in words a person can act on.</summary>
public static class CompositionSpecValidator
{
    public const double MaxTransitionSeconds = 5;
    public const double MaxPaddingSeconds = 30;
    public const int MaxDimension = 4096;

    public static IReadOnlyList<string> Problems(CompositionSpec spec)
    {
        var problems = new List<string>();
        if (spec.Width is < 16 or > MaxDimension || spec.Height is < 16 or > MaxDimension || spec.Width % 2 != 0 || spec.Height % 2 != 0)
        {
            problems.Add(Texts<CompositionText>.Format("ProblemSize", spec.Width, spec.Height, MaxDimension));
        }
        if (!EpisodeFormats.FrameRates.Contains(spec.Fps))
        {
            problems.Add(Texts<CompositionText>.Format("ProblemFps", spec.Fps, string.Join(", ", EpisodeFormats.FrameRates)));
        }
        if (!EpisodeFormats.Transitions.Contains(spec.Transition))
        {
            problems.Add(Texts<CompositionText>.Format("ProblemTransition", spec.Transition, string.Join(", ", EpisodeFormats.Transitions)));
        }
        if (!double.IsFinite(spec.TransitionSeconds) || spec.TransitionSeconds is < 0 or > MaxTransitionSeconds)
        {
            problems.Add(Texts<CompositionText>.Format("ProblemTransitionSeconds", MaxTransitionSeconds));
        }
        if (!double.IsFinite(spec.MusicLevelDb) || spec.MusicLevelDb is < -60 or > 12)
        {
            problems.Add(Texts<CompositionText>.Format("ProblemMusicLevel", -60, 12));
        }
        if (spec.Scenes is null || spec.Scenes.Count is 0 or > EpisodeFormats.MaxScenes)
        {
            problems.Add(Texts<CompositionText>.Format("ProblemScenes", EpisodeFormats.MaxScenes));
            return problems;
        }
        foreach (var scene in spec.Scenes)
        {
            var name = Texts<CompositionText>.Format("SceneLower", scene.Number);
            if (!EpisodeFormats.Motions.Contains(scene.Motion)) { problems.Add(Texts<CompositionText>.Format("ProblemMotion", name, scene.Motion)); }
            if (!EpisodeFormats.Fits.Contains(scene.Fit)) { problems.Add(Texts<CompositionText>.Format("ProblemFit", name, scene.Fit)); }
            if (!Padding(scene.PaddingBeforeSeconds) || !Padding(scene.PaddingAfterSeconds)) { problems.Add(Texts<CompositionText>.Format("ProblemPaddings", name, MaxPaddingSeconds)); }
            if (string.IsNullOrWhiteSpace(scene.Text) && scene.AssetId is null) { problems.Add(Texts<CompositionText>.Format("ProblemNeedsTextOrAsset", name)); }
            if (!string.IsNullOrWhiteSpace(scene.Text) && string.IsNullOrWhiteSpace(scene.VoiceId)) { problems.Add(Texts<CompositionText>.Format("ProblemNeedsVoice", name)); }
        }
        return problems;
    }

    private static bool Padding(double seconds) => double.IsFinite(seconds) && seconds is >= 0 and <= MaxPaddingSeconds;
}
