using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Media.Loudness;

public sealed class LoudnessMeterTests : IDisposable
{
    private readonly TempDirectory _temp = new("genscene-audio");
    private readonly AudioServices _audio = new();

    [Fact]
    public async Task A_stereo_1_kHz_tone_at_minus_23_dBFS_measures_minus_23_LUFS_as_EBU_R128_defines()
    {
        // lavfi's sine peaks at -18.06 dBFS; -4.94 dB brings it to -23 dBFS in both channels.
        var tone = await _audio.Files.ToneAsync(_temp.Combine("tone.wav"), seconds: 5, frequency: 1000, gainDb: -4.94, sampleRate: 48000);

        var measured = await _audio.Meter.MeasureAsync(tone, CancellationToken.None);

        Assert.Equal(-23, measured.IntegratedLufs, 0.2);
        Assert.Equal(-23, measured.TruePeakDbtp, 0.3);
        Assert.InRange(measured.LoudnessRangeLu, 0, 0.5);
    }

    [Fact]
    public async Task Quieter_speech_measures_quieter_by_the_gain_taken_off()
    {
        var normal = await _audio.Files.SpeechAsync(_temp.Combine("normal.wav"), gainDb: 0);
        var quieter = await _audio.Files.SpeechAsync(_temp.Combine("quieter.wav"), gainDb: -12);

        var a = await _audio.Meter.MeasureAsync(normal, CancellationToken.None);
        var b = await _audio.Meter.MeasureAsync(quieter, CancellationToken.None);

        Assert.Equal(-12, b.IntegratedLufs - a.IntegratedLufs, 0.3);
        Assert.Equal(-12, b.TruePeakDbtp - a.TruePeakDbtp, 0.3);
    }

    public void Dispose() => _temp.Dispose();
}
