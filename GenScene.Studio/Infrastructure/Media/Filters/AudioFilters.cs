using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;

namespace GenScene.Studio.Infrastructure.Media.Filters;

public enum FadeDirection
{
    In,
    Out,
}

/// <summary>Typed factories for the general audio filters the pipeline chains together.</summary>
public static class AudioFilters
{
    /// <summary>
    /// Every stream is brought to one rate and layout before mixing: amix and concat refuse, or
    /// silently resample, inputs that differ (espeak speaks mono 22.05 kHz, music is stereo 44.1 kHz).
    /// </summary>
    public static FfmpegFilter[] Conform(int sampleRate) =>
    [
        new("aresample", Option("osr", sampleRate)),
        new("aformat", Option("sample_fmts", "fltp"), Option("channel_layouts", "stereo")),
    ];

    /// <summary>One rate, one channel, as speech pieces are joined (espeak-ng speaks 22.05 kHz, pico 16 kHz).</summary>
    public static FfmpegFilter[] Mono(int sampleRate) =>
    [
        new("aresample", Option("osr", sampleRate)),
        new("aformat", Option("sample_fmts", "s16"), Option("channel_layouts", "mono")),
    ];

    public static FfmpegFilter Volume(double decibels) => new("volume", Option("volume", $"{Number(decibels)}dB"));

    public static FfmpegFilter Fade(FadeDirection direction, double startSeconds, double durationSeconds) =>
        new("afade",
            Option("t", direction == FadeDirection.In ? "in" : "out"),
            Option("st", NonNegative(startSeconds)),
            Option("d", NonNegative(durationSeconds)));

    /// <summary>Cuts to [start, end) and restarts timestamps at zero, as later filters expect.</summary>
    public static FfmpegFilter[] Trim(double startSeconds, double endSeconds) =>
    [
        new("atrim", Option("start", NonNegative(startSeconds)), Option("end", NonNegative(endSeconds))),
        new("asetpts", Option("expr", "PTS-STARTPTS")),
    ];

    public static FfmpegFilter Split(int outputs) => new("asplit", Option("outputs", outputs));

    /// <summary>Sums the inputs without amix's default 1/n scaling, which would lower the voice under a bed.</summary>
    public static FfmpegFilter MixKeepingLevels(int inputs) =>
        new("amix", Option("inputs", inputs), Option("duration", "first"), Option("dropout_transition", 0), Option("normalize", 0));

    public static FfmpegFilter Concat(int segments) =>
        new("concat", Option("n", segments), Option("v", 0), Option("a", 1));

    public static FfmpegFilter Crossfade(double durationSeconds) =>
        new("acrossfade", Option("d", NonNegative(durationSeconds)), Option("c1", "tri"), Option("c2", "tri"));

    /// <summary>Per-frame lines go to the verbose log so that stderr holds little more than the summary.</summary>
    public static FfmpegFilter Ebur128WithTruePeak() =>
        new("ebur128", Option("peak", "true"), Option("framelog", "verbose"));

    private static double NonNegative(double seconds) =>
        seconds >= 0 ? seconds : throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "Times in a filter cannot be negative.");
}
