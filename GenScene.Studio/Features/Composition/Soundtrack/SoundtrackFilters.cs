using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Composition.Soundtrack;

/// <summary>Sample-exact audio filters for the episode's one continuous track.</summary>
public static class SoundtrackFilters
{
    /// <summary>Silence of the episode's exact length: the track's length is set by it, not by its parts.</summary>
    public static FfmpegFilter Silence(int sampleRate) =>
        new("anullsrc", Option("r", sampleRate), Option("cl", "stereo"));

    /// <summary>Keeps the first <paramref name="samples"/> samples.</summary>
    public static FfmpegFilter[] FirstSamples(long samples) =>
    [
        new("atrim", Option("end_sample", samples)),
        new("asetpts", Option("expr", "PTS-STARTPTS")),
    ];

    /// <summary>Starts the stream exactly <paramref name="samples"/> samples in (adelay's "S" unit), on every channel.</summary>
    public static FfmpegFilter DelaySamples(long samples) =>
        new("adelay", Option("delays", $"{samples}S"), Option("all", 1));

    /// <summary>Sums the inputs at their own levels; the first input (the silence) sets the length.</summary>
    public static FfmpegFilter Mix(int inputs) => AudioFilters.MixKeepingLevels(inputs);
}
