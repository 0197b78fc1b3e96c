using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Composition.Soundtrack;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Infrastructure.Media.Loudness;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>The soundtrack reaches the loudness target by one gain, and is limited only when that gain would pass the peak ceiling.</summary>
public sealed class SoundtrackLoudnessTests
{
    private static readonly AudioOptions Target = new() { TargetIntegratedLufs = -16, TargetTruePeakDb = -1.5 };

    [Fact]
    public void A_quiet_mix_with_headroom_gets_one_gain_and_no_limiter()
    {
        var filters = SoundtrackLoudness.Filters(new LoudnessMeasurement(-24, 3, -12), Target);

        Assert.Equal("volume=volume=8dB", Assert.Single(filters).ToString());
    }

    [Fact]
    public void A_gain_that_would_pass_the_true_peak_ceiling_adds_a_limiter_below_it()
    {
        var filters = SoundtrackLoudness.Filters(new LoudnessMeasurement(-20.7, 1, -5.1), Target);

        Assert.Equal(2, filters.Length);
        Assert.Equal("volume=volume=4.7dB", filters[0].ToString());
        Assert.Equal("alimiter", filters[1].Name);
        // -1.5 dBTP less the 0.5 dB margin: -2 dBFS as a linear limit, no auto-levelling, no delay against the picture.
        Assert.Contains("limit=0.794328", filters[1].ToString(), StringComparison.Ordinal);
        Assert.Contains("level=false", filters[1].ToString(), StringComparison.Ordinal);
        Assert.Contains("latency=true", filters[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Silence_is_left_at_its_level()
    {
        Assert.Equal(0, SoundtrackLoudness.GainDb(new LoudnessMeasurement(LoudnessMeasurement.SilenceFloor, 0, LoudnessMeasurement.SilenceFloor), -16));
    }

    [Theory]
    [InlineData(2, 2, 1)]
    [InlineData(2, 8, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(1, 2, 2)]
    public void Segments_encoded_at_once_share_the_cores(int parallelism, int cores, int threads) =>
        Assert.Equal(threads, VideoEncoder.ThreadsPerSegment(parallelism, cores));
}
