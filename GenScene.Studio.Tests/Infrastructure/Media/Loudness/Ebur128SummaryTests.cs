using GenScene.Studio.Tests.TestSupport;
using GenScene.Studio.Infrastructure.Media.Loudness;

namespace GenScene.Studio.Tests.Infrastructure.Media.Loudness;

/// <summary>The parser against stderr saved from real ffmpeg 5.1 runs (see TestData).</summary>
public sealed class Ebur128SummaryTests
{
    [Fact]
    public void The_summary_of_real_espeak_speech_gives_integrated_loudness_range_and_true_peak()
    {
        var measured = Ebur128Summary.Parse(TestData.Read("ebur128-espeak-speech.stderr.txt"));

        Assert.Equal(new LoudnessMeasurement(-20.5, 1.2, -1.8), measured);
    }

    [Fact]
    public void Per_frame_lines_before_the_summary_are_not_mistaken_for_it()
    {
        // With the default frame log every 100 ms line carries its own running "I:" and "LRA:" values.
        var measured = Ebur128Summary.Parse(TestData.Read("ebur128-espeak-speech-with-frame-log.stderr.txt"));

        Assert.Equal(new LoudnessMeasurement(-20.5, 1.2, -1.8), measured);
    }

    [Fact]
    public void Silence_reads_as_the_floor_instead_of_minus_infinity()
    {
        var measured = Ebur128Summary.Parse(TestData.Read("ebur128-silence.stderr.txt"));

        Assert.Equal(-70, measured.IntegratedLufs);
        Assert.Equal(0, measured.LoudnessRangeLu);
        Assert.Equal(LoudnessMeasurement.SilenceFloor, measured.TruePeakDbtp);
    }

    [Fact]
    public void Output_without_a_summary_is_a_format_error()
    {
        var truncated = TestData.Read("ebur128-espeak-speech.stderr.txt").Split("True peak:")[0];

        Assert.Throws<FormatException>(() => Ebur128Summary.Parse(truncated));
    }
}
