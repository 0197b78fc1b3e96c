
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
            problems.Add($"the size {spec.Width}x{spec.Height} must be even numbers from 16 to {MaxDimension}");
        }
        if (!EpisodeFormats.FrameRates.Contains(spec.Fps))
        {
            problems.Add($"the frame rate {spec.Fps} must be one of {string.Join(", ", EpisodeFormats.FrameRates)}");
        }
        if (!EpisodeFormats.Transitions.Contains(spec.Transition))
        {
            problems.Add($"the transition '{spec.Transition}' must be one of {string.Join(", ", EpisodeFormats.Transitions)}");
        }
        if (!double.IsFinite(spec.TransitionSeconds) || spec.TransitionSeconds is < 0 or > MaxTransitionSeconds)
        {
            problems.Add($"the transition lasts 0 to {MaxTransitionSeconds} s");
        }
        if (!double.IsFinite(spec.MusicLevelDb) || spec.MusicLevelDb is < -60 or > 12)
        {
            problems.Add("the music level must be between -60 and 12 dB");
        }
        if (spec.Scenes is null || spec.Scenes.Count is 0 or > EpisodeFormats.MaxScenes)
        {
            problems.Add($"an episode has 1 to {EpisodeFormats.MaxScenes} scenes");
            return problems;
        }
        foreach (var scene in spec.Scenes)
        {
            var name = $"scene {scene.Number}";
            if (!EpisodeFormats.Motions.Contains(scene.Motion)) { problems.Add($"{name}: the motion '{scene.Motion}' is unknown"); }
            if (!EpisodeFormats.Fits.Contains(scene.Fit)) { problems.Add($"{name}: the fit '{scene.Fit}' is unknown"); }
            if (!Padding(scene.PaddingBeforeSeconds) || !Padding(scene.PaddingAfterSeconds)) { problems.Add($"{name}: paddings last 0 to {MaxPaddingSeconds} s"); }
            if (string.IsNullOrWhiteSpace(scene.Text) && scene.AssetId is null) { problems.Add($"{name}: a scene needs text or an asset"); }
            if (!string.IsNullOrWhiteSpace(scene.Text) && string.IsNullOrWhiteSpace(scene.VoiceId)) { problems.Add($"{name}: narration needs a voice"); }
        }
        return problems;
    }

    private static bool Padding(double seconds) => double.IsFinite(seconds) && seconds is >= 0 and <= MaxPaddingSeconds;
}
