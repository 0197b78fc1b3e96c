using GenScene.Studio.Features.Audio.Mixing;

namespace GenScene.Studio.Tests.Features.Audio.Mixing;

public sealed class MessageGraphTests
{
    private static readonly MessagePlan VoiceOnly = new(48000, VoiceInput: 0, VoiceSeconds: 8);

    [Fact]
    public void A_voice_alone_is_only_conformed_to_the_output_rate_and_layout()
    {
        var (graph, output) = MessageGraph.Message(VoiceOnly);

        Assert.Equal("[0:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[s0]", graph);
        Assert.Equal("[s0]", output.ToString());
    }

    [Fact]
    public void Voice_over_a_ducked_bed_between_intro_and_outro_is_one_graph_ending_in_the_returned_pad()
    {
        var plan = VoiceOnly with
        {
            BedInput = 1,
            IntroInput = 2,
            OutroInput = 3,
            BedFadeSeconds = 1,
            Ducking = DuckingFilter.SidechainCompress(new DuckingSettings(18, 20, 400), voiceIntegratedLufs: -20),
        };

        var (graph, output) = MessageGraph.Message(plan);

        Assert.Equal(string.Join(';',
            "[0:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[s0]",
            "[s0]asplit=outputs=2[s1][s2]",
            "[1:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,atrim=start=0:end=8,asetpts=expr=PTS-STARTPTS,afade=t=in:st=0:d=1,afade=t=out:st=7:d=1[s3]",
            "[s3][s2]sidechaincompress=threshold=0.014211:ratio=20:attack=20:release=400:knee=1:level_sc=1.258925[s4]",
            "[s1][s4]amix=inputs=2:duration=first:dropout_transition=0:normalize=0[s5]",
            "[2:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[s6]",
            "[3:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[s7]",
            "[s6][s5][s7]concat=n=3:v=0:a=1[s8]"), graph);
        Assert.Equal("[s8]", output.ToString());
    }

    [Fact]
    public void Crossfaded_parts_are_joined_pairwise()
    {
        var (graph, output) = MessageGraph.Message(VoiceOnly with { IntroInput = 1, OutroInput = 2, CrossfadeSeconds = 0.5 });

        Assert.EndsWith("[s1][s0]acrossfade=d=0.5:c1=tri:c2=tri[s3];[s3][s2]acrossfade=d=0.5:c1=tri:c2=tri[s4]", graph);
        Assert.Equal("[s4]", output.ToString());
    }

    [Fact]
    public void The_bed_fades_take_at_most_half_of_a_short_voice()
    {
        var plan = VoiceOnly with
        {
            VoiceSeconds = 1,
            BedInput = 1,
            BedFadeSeconds = 2,
            Ducking = DuckingFilter.SidechainCompress(new DuckingSettings(18, 20, 400), -18),
        };

        var (graph, _) = MessageGraph.DuckedBedOnly(plan);

        Assert.Contains("afade=t=in:st=0:d=0.5,afade=t=out:st=0.5:d=0.5", graph);
    }

    [Theory]
    [InlineData(-18.0, 1.0)]   // a voice already at the reference level is not scaled
    [InlineData(-30.0, 3.981072)] // a quiet voice is scaled up 12 dB so it ducks as deep
    [InlineData(-90.0, 64.0)]  // silence: sidechaincompress takes at most 64 (+36 dB)
    public void The_key_is_scaled_so_the_voice_reads_at_the_reference_level(double voiceLufs, double expectedKeyGain)
    {
        var filter = DuckingFilter.SidechainCompress(new DuckingSettings(18, 20, 400), voiceLufs);

        Assert.Equal(expectedKeyGain, double.Parse(filter.Options.Single(o => o.Key == "level_sc").Value, System.Globalization.CultureInfo.InvariantCulture), 0.000001);
    }

    [Fact]
    public void A_deeper_duck_lowers_the_threshold_by_the_depth_over_one_minus_one_over_the_ratio()
    {
        double Threshold(double depth) => double.Parse(
            DuckingFilter.SidechainCompress(new DuckingSettings(depth, 20, 400), -18).Options.Single(o => o.Key == "threshold").Value,
            System.Globalization.CultureInfo.InvariantCulture);

        var deltaDb = 20 * Math.Log10(Threshold(8) / Threshold(18));

        Assert.Equal(10 / (1 - 1 / DuckingFilter.Ratio), deltaDb, 0.01);
    }
}
