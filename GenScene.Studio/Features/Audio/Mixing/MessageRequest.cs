namespace GenScene.Studio.Features.Audio.Mixing;

/// <summary>
/// The parts of a message: optional intro jingle, the voice (with an optional music bed under it)
/// and optional outro jingle, played in that order. Paths are files the studio owns; every one is
/// probed as audio before use.
/// </summary>
public sealed record MessageRequest(string VoicePath)
{
    public string? IntroPath { get; init; }
    public string? OutroPath { get; init; }

    /// <summary>Music under the voice, looped or cut to the voice's length, faded in and out and ducked while the voice speaks.</summary>
    public string? BedPath { get; init; }

    /// <summary>Overlap between consecutive parts; 0 joins them end to start.</summary>
    public double CrossfadeSeconds { get; init; }

    public const double MaxCrossfadeSeconds = 5;
}

/// <summary>The message as written: the normalised file and its measured loudness, to store and show.</summary>
public sealed record MixedMessage(string OutputPath, double DurationSeconds, Infrastructure.Media.Loudness.LoudnessMeasurement Loudness, string NormalizationType);
