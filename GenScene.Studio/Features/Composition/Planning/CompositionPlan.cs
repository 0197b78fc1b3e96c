namespace GenScene.Studio.Features.Composition.Planning;

/// <summary>One spoken sentence as placed on the episode's single audio track, in samples.</summary>
public sealed record PlannedSentence(string Text, long StartSample, long Samples);

/// <summary>
/// One scene on the timeline. <see cref="HeadFrames"/> and <see cref="TailFrames"/> are the frames it
/// shares with the previous and next scene in a transition; the frames between them are its body,
/// rendered on their own so that a transition only costs its overlap.
/// </summary>
public sealed record PlannedScene(int Number, int StartFrame, int Frames, int HeadFrames, int TailFrames, IReadOnlyList<PlannedSentence> Sentences)
{
    public int BodyFrames => Frames - HeadFrames - TailFrames;
    public int EndFrame => StartFrame + Frames;
}

/// <summary>A caption in seconds from the start of the episode; <see cref="Scene"/> is the number of the scene that speaks it (its style draws it).</summary>
public sealed record CaptionCue(int Index, double StartSeconds, double EndSeconds, string Text, int Scene = 0);

/// <summary>
/// The frame-exact timeline of an episode: where each scene starts and how many frames it has, the
/// overlaps of its transitions, where each sentence of narration starts on the audio track, and the
/// captions. Pure data, computed by <see cref="CompositionPlanner"/>; ffmpeg only follows it.
/// </summary>
public sealed record CompositionPlan(int Fps, int SampleRate, string Transition, int TotalFrames, IReadOnlyList<PlannedScene> Scenes, IReadOnlyList<CaptionCue> Cues)
{
    public double DurationSeconds => (double)TotalFrames / Fps;
    public long TotalSamples => (long)TotalFrames * SampleRate / Fps;
    public double FrameSeconds => 1.0 / Fps;

    public long Samples(int frames) => (long)frames * SampleRate / Fps;
}
