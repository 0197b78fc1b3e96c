using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Tests.TestSupport;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Tests.Features.Audio.Loudness;

public sealed class LoudnessNormalizerTests : IDisposable
{
    private const double TruePeakTolerance = 0.2;
    private readonly TempDirectory _temp = new("genscene-audio");
    private readonly AudioServices _audio = new();

    [Theory]
    [InlineData(-35.0)] // quiet speech
    [InlineData(-0.1)]  // loud speech, its true peak at the edge of full scale
    public async Task Speech_comes_out_at_minus_16_LUFS_with_its_true_peak_under_the_ceiling(double inputLevel)
    {
        var input = await SpeechAtAsync(inputLevel, peak: inputLevel > -1);
        var output = _temp.Combine("normalized.wav");

        var result = await _audio.Normalizer.NormalizeAsync(input, output, AudioOutputFormat.Wav);

        var measured = await _audio.Meter.MeasureAsync(output, CancellationToken.None);
        Assert.Equal(-16, measured.IntegratedLufs, 1.0);
        Assert.True(measured.TruePeakDbtp <= -1.5 + TruePeakTolerance, $"true peak {measured.TruePeakDbtp} dBTP");
        Assert.Equal(measured, result.Result); // what is stored is what the file measures
        Assert.Equal("pcm_s16le", await _audio.Files.StreamEntryAsync(output, "a:0", "codec_name"));
        Assert.Equal("48000", await _audio.Files.StreamEntryAsync(output, "a:0", "sample_rate"));
        Assert.Equal(await _audio.Files.DurationAsync(input), await _audio.Files.DurationAsync(output), 0.05);
    }

    [Fact]
    public async Task A_loud_tone_is_brought_down_linearly_to_the_target()
    {
        // A steady tone has a small peak-to-loudness ratio, so one gain over the whole file reaches the target.
        var tone = await _audio.Files.ToneAsync(_temp.Combine("tone.wav"), seconds: 6, gainDb: 17.9);

        var result = await _audio.Normalizer.NormalizeAsync(tone, _temp.Combine("tone-16.wav"), AudioOutputFormat.Wav);

        Assert.Equal("linear", result.NormalizationType);
        Assert.True(result.Input.InputTruePeak > -0.5, $"input true peak {result.Input.InputTruePeak}");
        Assert.Equal(-16, result.Result.IntegratedLufs, 1.0);
        Assert.True(result.Result.TruePeakDbtp <= -1.5 + TruePeakTolerance);
    }

    [Fact]
    public async Task Mp3_output_is_192_kbps_at_48_kHz_and_on_target()
    {
        var input = await SpeechAtAsync(-30, peak: false);
        var output = _temp.Combine("normalized.mp3");

        var result = await _audio.Normalizer.NormalizeAsync(input, output, AudioOutputFormat.Mp3);

        Assert.Equal("mp3", await _audio.Files.StreamEntryAsync(output, "a:0", "codec_name"));
        Assert.Equal("48000", await _audio.Files.StreamEntryAsync(output, "a:0", "sample_rate"));
        Assert.Equal("192000", await _audio.Files.StreamEntryAsync(output, "a:0", "bit_rate"));
        Assert.Equal(-16, (await _audio.Meter.MeasureAsync(output, CancellationToken.None)).IntegratedLufs, 1.0);
        Assert.Equal(-16, result.Result.IntegratedLufs, 1.0);
    }

    [Fact]
    public async Task Progress_rises_from_0_to_1_and_never_goes_back()
    {
        var input = await SpeechAtAsync(-25, peak: false);
        var reports = new List<double>();

        await _audio.Normalizer.NormalizeAsync(input, _temp.Combine("out.wav"), AudioOutputFormat.Wav, new SynchronousProgress(reports.Add));

        Assert.Equal(0, reports[0]);
        Assert.Equal(1, reports[^1]);
        Assert.Contains(reports, r => r is > 0.1 and < 0.9); // both passes report on the way
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public async Task A_cancelled_normalisation_leaves_no_output_behind()
    {
        var input = await SpeechAtAsync(-25, peak: false);
        var output = _temp.Combine("out.wav");
        using var cancel = new CancellationTokenSource();
        // Cancel as soon as the second pass starts writing the output.
        var progress = new SynchronousProgress(fraction => { if (fraction > 0.45) { cancel.Cancel(); } });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _audio.Normalizer.NormalizeAsync(input, output, AudioOutputFormat.Wav, progress, cancel.Token));

        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_picture_is_refused_before_any_pass_runs()
    {
        var png = await _audio.Files.PngAsync(_temp.Combine("upload.wav.png"));

        await Assert.ThrowsAsync<NotAudioException>(() => _audio.Normalizer.NormalizeAsync(png, _temp.Combine("out.wav"), AudioOutputFormat.Wav));
    }

    /// <summary>espeak-ng speech brought to <paramref name="level"/>: integrated LUFS, or true peak in dBTP when <paramref name="peak"/>.</summary>
    private async Task<string> SpeechAtAsync(double level, bool peak)
    {
        var raw = await _audio.Files.SpeechAsync(_temp.Combine("raw.wav"), gainDb: 0);
        var before = await _audio.Meter.MeasureAsync(raw, CancellationToken.None);
        var gain = level - (peak ? before.TruePeakDbtp : before.IntegratedLufs);
        var input = await _audio.Files.SpeechAsync(_temp.Combine("input.wav"), gainDb: gain);
        var after = await _audio.Meter.MeasureAsync(input, CancellationToken.None);
        Assert.Equal(level, peak ? after.TruePeakDbtp : after.IntegratedLufs, 0.6); // the input really is that quiet or loud
        return input;
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }

    public void Dispose() => _temp.Dispose();
}
