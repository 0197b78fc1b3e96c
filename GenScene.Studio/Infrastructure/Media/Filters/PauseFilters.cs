using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;

namespace GenScene.Studio.Infrastructure.Media.Filters;

/// <summary>
/// Exact pauses in speech: silence of a given number of samples, and an engine's own quiet lead-in or
/// tail cut away beside it, so the pause a listener hears is the pause that was asked for.
/// </summary>
public static class PauseFilters
{
    /// <summary>Below this, an engine's output is its own padding, not speech (espeak-ng and pico pad with digital silence).</summary>
    public const double QuietDb = -50;

    /// <summary>Silence of exactly <paramref name="seconds"/> (rounded to a sample), mono, at <paramref name="sampleRate"/>.</summary>
    public static FfmpegFilter[] Silence(double seconds, int sampleRate) =>
    [
        new("anullsrc", Option("r", sampleRate), Option("cl", "mono")),
        new("atrim", Option("end_sample", Math.Round(seconds * sampleRate))),
    ];

    /// <summary>Cuts the quiet before the first sound.</summary>
    public static FfmpegFilter TrimLeadingQuiet() =>
        new("silenceremove", Option("start_periods", 1), Option("start_threshold", $"{Number(QuietDb)}dB"), Option("detection", "peak"));

    /// <summary>Cuts the quiet after the last sound (by trimming the reversed audio's start).</summary>
    public static FfmpegFilter[] TrimTrailingQuiet() => [new("areverse"), TrimLeadingQuiet(), new("areverse")];
}
