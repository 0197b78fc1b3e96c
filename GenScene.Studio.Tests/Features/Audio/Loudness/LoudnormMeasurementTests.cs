using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Audio.Loudness;

public sealed class LoudnormMeasurementTests
{
    [Fact]
    public void The_first_pass_report_saved_from_real_ffmpeg_gives_the_figures_for_the_second_pass()
    {
        var measured = LoudnormMeasurement.Parse(TestData.Read("loudnorm-pass1-espeak-speech.stderr.txt"));

        Assert.Equal(new LoudnormMeasurement(-20.85, -1.83, 1.80, -31.03, 1.16, "dynamic"), measured);
        Assert.False(measured.IsLinear);
    }

    [Fact]
    public void The_second_pass_filter_carries_the_measured_figures_and_asks_for_linear_mode()
    {
        var measured = new LoudnormMeasurement(-35.2, -15.04, 3.1, -45.6, 0.25, "dynamic");

        var filter = LoudnormFilter.Apply(new LoudnessTarget(-16, -1.5, 11), measured);

        Assert.Equal(
            "loudnorm=I=-16:TP=-1.5:LRA=11:measured_I=-35.2:measured_TP=-15.04:measured_LRA=3.1:measured_thresh=-45.6:offset=0.25:linear=true:print_format=json",
            filter.ToString());
    }

    [Fact]
    public void Silence_measured_as_minus_infinity_is_clamped_into_the_range_loudnorm_accepts()
    {
        var silence = new LoudnormMeasurement(double.NegativeInfinity, double.NegativeInfinity, 0, -70, double.PositiveInfinity, "dynamic");

        var filter = LoudnormFilter.Apply(new LoudnessTarget(-16, -1.5, 11), silence).ToString();

        Assert.Contains("measured_I=-99:measured_TP=-99:", filter);
        Assert.Contains("offset=99:", filter);
    }

    [Fact]
    public void A_loudness_range_of_zero_is_passed_as_just_above_zero_so_loudnorm_can_stay_linear()
    {
        var steadyTone = new LoudnormMeasurement(-0.85, -0.16, 0, -10.85, 0.03, "dynamic");

        var filter = LoudnormFilter.Apply(new LoudnessTarget(-16, -1.5, 11), steadyTone).ToString();

        Assert.Contains(":measured_LRA=0.01:", filter);
    }

    [Fact]
    public void Output_without_a_json_report_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => LoudnormMeasurement.Parse("size=N/A time=00:00:07.24 bitrate=N/A\n"));
    }
}
