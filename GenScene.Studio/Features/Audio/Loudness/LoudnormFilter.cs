using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Audio.Loudness;

/// <summary>The loudness a result must reach; from <see cref="AudioOptions"/>.</summary>
public sealed record LoudnessTarget(double IntegratedLufs, double TruePeakDb, double LoudnessRange)
{
    public static LoudnessTarget From(AudioOptions options) =>
        new(options.TargetIntegratedLufs, options.TargetTruePeakDb, options.TargetLoudnessRange);
}

/// <summary>The two loudnorm passes of an EBU R128 normalisation.</summary>
public static class LoudnormFilter
{
    internal const double MinimumLoudnessRange = 0.01;

    /// <summary>Pass 1 only measures; the output is thrown away.</summary>
    public static FfmpegFilter Measure(LoudnessTarget target) =>
        new("loudnorm", [.. Targets(target), Option("print_format", "json")]);

    /// <summary>
    /// Pass 2 applies one gain over the whole file (linear) when the measured figures allow it, so
    /// speech keeps its dynamics; otherwise loudnorm falls back to its dynamic mode by itself.
    /// </summary>
    public static FfmpegFilter Apply(LoudnessTarget target, LoudnormMeasurement measured) =>
        new("loudnorm",
        [
            .. Targets(target),
            // loudnorm rejects values outside these ranges; silence measures -inf.
            Option("measured_I", Math.Clamp(measured.InputIntegrated, -99, 0)),
            Option("measured_TP", Math.Clamp(measured.InputTruePeak, -99, 99)),
            // loudnorm reads an LRA of exactly 0 as "not measured" and then refuses linear mode,
            // so steady material (a tone, a drone bed) would be compressed for nothing.
            Option("measured_LRA", Math.Clamp(measured.InputLoudnessRange, MinimumLoudnessRange, 99)),
            Option("measured_thresh", Math.Clamp(measured.InputThreshold, -99, 0)),
            Option("offset", Math.Clamp(measured.TargetOffset, -99, 99)),
            Option("linear", "true"),
            Option("print_format", "json"),
        ]);

    private static KeyValuePair<string, string>[] Targets(LoudnessTarget target) =>
    [
        Option("I", target.IntegratedLufs),
        Option("TP", target.TruePeakDb),
        Option("LRA", target.LoudnessRange),
    ];
}
