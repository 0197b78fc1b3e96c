using GenScene.Studio.Features.Audio;
using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media.Filters;
using GenScene.Studio.Infrastructure.Media.Loudness;

namespace GenScene.Studio.Features.Composition.Soundtrack;

/// <summary>
/// The episode track's loudness in one measured pass (see docs/adr/0010-soundtrack-loudness-one-gain.md):
/// the mix is measured with ebur128 while it is written, then one gain brings it to the target as
/// the AAC is encoded, and a peak limiter holds the true-peak ceiling only when that gain would pass it.
/// </summary>
public static class SoundtrackLoudness
{
    /// <summary>The limiter works on samples; inter-sample peaks and AAC encoding add a few tenths of a dB over it.</summary>
    public const double LimiterMarginDb = 0.5;

    /// <summary>Below this a track is silence (the gating floor of EBU R128): it gets no gain.</summary>
    internal const double SilentBelowLufs = -70;

    public static double GainDb(LoudnessMeasurement measured, double targetLufs) =>
        measured.IntegratedLufs <= SilentBelowLufs ? 0 : Math.Clamp(targetLufs - measured.IntegratedLufs, -40, 40);

    /// <summary>Whether the gain would put the true peak over the ceiling, less the limiter's margin.</summary>
    public static bool NeedsLimiter(LoudnessMeasurement measured, AudioOptions options) =>
        measured.TruePeakDbtp + GainDb(measured, options.TargetIntegratedLufs) > options.TargetTruePeakDb - LimiterMarginDb;

    /// <summary>The filters that finish the measured mix: the gain, then the limiter if needed.</summary>
    public static FfmpegFilter[] Filters(LoudnessMeasurement measured, AudioOptions options)
    {
        var gain = AudioFilters.Volume(GainDb(measured, options.TargetIntegratedLufs));
        if (!NeedsLimiter(measured, options))
        {
            return [gain];
        }
        var ceiling = Math.Pow(10, (options.TargetTruePeakDb - LimiterMarginDb) / 20);
        return
        [
            gain,
            // level=false: hold peaks only, never re-level the track; latency=true: no shift against the picture.
            new FfmpegFilter("alimiter", Option("limit", Math.Max(0.0625, ceiling)), Option("attack", 5), Option("release", 50),
                Option("level", "false"), Option("latency", "true")),
        ];
    }
}
