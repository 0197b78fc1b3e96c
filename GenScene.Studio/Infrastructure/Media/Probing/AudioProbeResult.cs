namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>The first audio stream of a file, as ffprobe decoded its header.</summary>
public sealed record AudioStreamInfo(string Codec, int SampleRate, int Channels);

/// <summary>
/// What ffprobe found in a file, judged by content, never by the file name. A file ffprobe cannot
/// read at all is <see cref="IsMedia"/> false with the reason in <see cref="Problem"/>.
/// </summary>
public sealed record AudioProbeResult
{
    public bool IsMedia { get; init; }
    public string? Container { get; init; }
    public AudioStreamInfo? AudioStream { get; init; }

    /// <summary>True for real video only: the cover art inside an MP3 or M4A is not video.</summary>
    public bool HasVideo { get; init; }

    public double DurationSeconds { get; init; }
    public string? Problem { get; init; }

    public bool HasAudio => AudioStream is not null;

    public static AudioProbeResult NotMedia(string problem) => new() { IsMedia = false, Problem = problem };
}

/// <summary>The file is not usable audio (not media at all, or media without sound).</summary>
public sealed class NotAudioException(string path, string reason)
    : Exception($"'{Path.GetFileName(path)}' is not audio: {reason}")
{
    public string Reason { get; } = reason;
}
