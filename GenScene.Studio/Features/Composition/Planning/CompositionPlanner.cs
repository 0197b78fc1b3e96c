
namespace GenScene.Studio.Features.Composition.Planning;

/// <summary>A sentence once voiced: its text and how long it speaks.</summary>
public sealed record VoicedSentence(string Text, double Seconds);

/// <summary>
/// What the planner needs of a scene: paddings, voiced sentences, and the length of its clip when
/// the clip (with its own sound) sets the scene's length because there is no narration.
/// <paramref name="TextOnScreen"/>: the picture already shows the narration (a title card), so it gets no captions.
/// </summary>
public sealed record SceneTimingInput(int Number, double PaddingBeforeSeconds, double PaddingAfterSeconds, IReadOnlyList<VoicedSentence> Sentences, double? ClipSeconds = null,
    bool TextOnScreen = false);

/// <summary>Turns voiced scenes into a <see cref="CompositionPlan"/>; no I/O, so it is tested on its own.</summary>
public static class CompositionPlanner
{
    /// <summary>A scene with neither narration nor a clip still shows for this long.</summary>
    public const double MinimumSceneSeconds = 1;

    public static CompositionPlan Plan(IReadOnlyList<SceneTimingInput> scenes, int fps, int sampleRate, string transition, double transitionSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fps, 1);
        ArgumentOutOfRangeException.ThrowIfZero(scenes.Count);
        var frames = scenes.Select(s => Math.Max(1, (int)Math.Round(ContentSeconds(s) * fps, MidpointRounding.AwayFromZero))).ToArray();
        var overlaps = Overlaps(frames, fps, transition, transitionSeconds);

        var planned = new List<PlannedScene>(scenes.Count);
        var cues = new List<CaptionCue>();
        var start = 0;
        for (var i = 0; i < scenes.Count; i++)
        {
            var scene = scenes[i];
            var head = i == 0 ? 0 : overlaps[i - 1];
            var tail = i == scenes.Count - 1 ? 0 : overlaps[i];
            var sentenceStart = (long)Math.Round(((double)start / fps + scene.PaddingBeforeSeconds) * sampleRate);
            var sentences = new List<PlannedSentence>(scene.Sentences.Count);
            foreach (var sentence in scene.Sentences)
            {
                var samples = (long)Math.Round(sentence.Seconds * sampleRate);
                sentences.Add(new PlannedSentence(sentence.Text, sentenceStart, samples));
                sentenceStart += samples;
            }
            planned.Add(new PlannedScene(scene.Number, start, frames[i], head, tail, sentences));
            start += frames[i] - tail;
        }
        var total = planned[^1].EndFrame;
        var totalSeconds = (double)total / fps;
        // A scene whose picture shows its text already would show it twice with a caption.
        var captioned = scenes.Where(s => !s.TextOnScreen).Select(s => s.Number).ToHashSet();
        foreach (var (scene, sentence) in planned.Where(s => captioned.Contains(s.Number)).SelectMany(s => s.Sentences.Select(sentence => (s.Number, sentence))))
        {
            var from = (double)sentence.StartSample / sampleRate;
            var to = Math.Min(totalSeconds, (double)(sentence.StartSample + sentence.Samples) / sampleRate);
            if (to > from && sentence.Text.Length > 0) // a sentence that is only a pause has nothing to show
            {
                cues.Add(new CaptionCue(cues.Count + 1, from, to, sentence.Text, scene));
            }
        }
        return new CompositionPlan(fps, sampleRate, transition, total, planned, cues);
    }

    private static double ContentSeconds(SceneTimingInput scene)
    {
        if (scene.Sentences.Count == 0 && scene.ClipSeconds is { } clip && clip > 0)
        {
            return clip;
        }
        var seconds = scene.PaddingBeforeSeconds + scene.Sentences.Sum(s => s.Seconds) + scene.PaddingAfterSeconds;
        return Math.Max(seconds, scene.Sentences.Count == 0 ? MinimumSceneSeconds : 0);
    }

    /// <summary>
    /// Frames shared by scene i and i+1. At most half of either scene, so that each scene keeps a
    /// body (or at least no negative one) between its two transitions.
    /// </summary>
    private static int[] Overlaps(int[] frames, int fps, string transition, double transitionSeconds)
    {
        var overlaps = new int[Math.Max(0, frames.Length - 1)];
        if (transition == EpisodeFormats.Cut || transitionSeconds <= 0)
        {
            return overlaps;
        }
        var wanted = (int)Math.Round(transitionSeconds * fps, MidpointRounding.AwayFromZero);
        for (var i = 0; i < overlaps.Length; i++)
        {
            overlaps[i] = Math.Min(wanted, Math.Min(frames[i], frames[i + 1]) / 2);
        }
        return overlaps;
    }
}
