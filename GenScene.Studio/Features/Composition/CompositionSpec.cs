using GenScene.Studio.Features.Voices;

namespace GenScene.Studio.Features.Composition;

/// <summary>
/// Everything a composition needs, resolved and frozen when Compose is pressed (voices chosen,
/// settings merged): the compose job's payload. Editing the episode afterwards does not change a
/// render in progress.
/// </summary>
public sealed record CompositionSpec(
    string? EpisodeId,
    string Title,
    string Language,
    int Width,
    int Height,
    int Fps,
    bool Captions,
    string Transition,
    double TransitionSeconds,
    string? MusicAssetId,
    double MusicLevelDb,
    IReadOnlyList<SceneSpec> Scenes,
    bool CaptionsBurnedIn = false)
{
    /// <summary>Captions as a mov_text track in the MP4 (the default), for players' CC button.</summary>
    public bool SoftCaptions => Captions && !CaptionsBurnedIn;

    /// <summary>Captions drawn into the picture, for feeds that show no caption track; then there is no soft track.</summary>
    public bool BurnedCaptions => Captions && CaptionsBurnedIn;
}

/// <summary>One scene of a <see cref="CompositionSpec"/>; <see cref="Number"/> counts from 1 as people do.</summary>
public sealed record SceneSpec(
    int Number,
    string Text,
    string VoiceId,
    VoiceSettings Settings,
    string? StyleId,
    string? AssetId,
    string Motion,
    string Fit,
    double PaddingBeforeSeconds,
    double PaddingAfterSeconds);
