using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Audio.Mixing;

/// <summary>How far and how fast the bed goes under the voice; from <see cref="AudioOptions"/>.</summary>
public sealed record DuckingSettings(double DepthDb, int AttackMs, int ReleaseMs)
{
    public static DuckingSettings From(AudioOptions options) => new(options.DuckingDepthDb, options.DuckingAttackMs, options.DuckingReleaseMs);
}

/// <summary>
/// sidechaincompress with the voice as key. A compressor has no "depth" setting: its gain reduction
/// is (key level - threshold) x (1 - 1/ratio). So the key is first scaled to read as
/// <see cref="ReferenceLevelDb"/> whatever the voice's own loudness, and the threshold is placed so
/// that a voice at that level pulls the bed down by the configured depth.
/// </summary>
public static class DuckingFilter
{
    public const double ReferenceLevelDb = -18;

    /// <summary>Close to limiting, so louder syllables add little beyond the configured depth.</summary>
    public const double Ratio = 20;

    // sidechaincompress's accepted ranges.
    private const double MinThreshold = 0.000976563;
    private const double MinKeyGain = 0.015625;
    private const double MaxKeyGain = 64;

    public static FfmpegFilter SidechainCompress(DuckingSettings settings, double voiceIntegratedLufs)
    {
        var thresholdDb = ReferenceLevelDb - settings.DepthDb / (1 - 1 / Ratio);
        var keyGain = Math.Clamp(FromDecibels(ReferenceLevelDb - voiceIntegratedLufs), MinKeyGain, MaxKeyGain);
        return new("sidechaincompress",
            Option("threshold", Math.Clamp(FromDecibels(thresholdDb), MinThreshold, 1)),
            Option("ratio", Ratio),
            Option("attack", settings.AttackMs),
            Option("release", settings.ReleaseMs),
            Option("knee", 1), // a hard knee: a soft one would start ducking at breaths and room noise
            Option("level_sc", keyGain));
    }

    private static double FromDecibels(double decibels) => Math.Pow(10, decibels / 20);
}
