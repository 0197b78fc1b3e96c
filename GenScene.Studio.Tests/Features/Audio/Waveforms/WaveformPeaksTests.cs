using System.Text.Json;
using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Audio.Waveforms;

public sealed class WaveformPeaksTests : IDisposable
{
    private readonly TempDirectory _temp = new("genscene-peaks");
    private readonly AudioServices _audio = new();

    /// <summary>
    /// One second of a 1 kHz sine at exactly half scale, then one second of digital silence, 48 kHz mono
    /// 16-bit: 96,000 frames, 120 to each of 800 columns (2.5 periods), so every sine column holds its crest
    /// (+16384) and its trough (-16384) and every silent column is zero.
    /// </summary>
    /// <param name="stereo">The sine in the left channel only, the right one silent throughout.</param>
    private async Task<string> HalfScaleSineThenSilenceAsync(string name, bool stereo = false)
    {
        var path = _temp.Combine(name);
        var (tone, silence) = stereo ? ("'0.5*sin(2*PI*1000*t)|0'", "0|0") : ("'0.5*sin(2*PI*1000*t)'", "0");
        await _audio.Files.FfmpegAsync("-filter_complex",
            $"aevalsrc={tone}:s=48000:d=1[tone];aevalsrc={silence}:s=48000:d=1[silence];[tone][silence]concat=n=2:v=0:a=1[out]",
            "-map", "[out]", "-c:a", "pcm_s16le", path);
        return path;
    }

    [Fact]
    public async Task A_half_scale_sine_then_silence_has_half_scale_peaks_in_its_first_half_and_zero_in_its_second()
    {
        var wav = await HalfScaleSineThenSilenceAsync("sine-then-silence.wav");

        var peaks = WaveformPeaks.Read(wav, columns: 800);

        Assert.Equal((800, 48000, 1, 96000L, 2.0), (peaks.Columns, peaks.SampleRate, peaks.Channels, peaks.Frames, peaks.DurationSeconds));
        Assert.All(peaks.Max[..400], max => Assert.Equal(0.5, max, 0.001));
        Assert.All(peaks.Min[..400], min => Assert.Equal(-0.5, min, 0.001));
        Assert.All(peaks.Max[400..], max => Assert.Equal(0, max));
        Assert.All(peaks.Min[400..], min => Assert.Equal(0, min));
    }

    [Fact]
    public async Task Every_channel_counts_and_a_file_shorter_than_the_columns_gets_one_column_a_frame()
    {
        var stereo = await HalfScaleSineThenSilenceAsync("stereo.wav", stereo: true);
        var peaks = WaveformPeaks.Read(stereo, columns: 4);
        Assert.Equal((4, 2), (peaks.Columns, peaks.Channels));
        Assert.Equal([0.5f, 0.5f, 0f, 0f], peaks.Max);
        Assert.Equal([-0.5f, -0.5f, 0f, 0f], peaks.Min);

        var tiny = _temp.Combine("tiny.wav");
        await _audio.Files.FfmpegAsync("-f", "lavfi", "-i", "aevalsrc=0.25*cos(PI*n/4):s=48000:d=0.0001", "-c:a", "pcm_s16le", tiny);
        var few = WaveformPeaks.Read(tiny, columns: 800);
        Assert.InRange(few.Frames, 2, 10);
        Assert.Equal(few.Frames, few.Columns);
        Assert.Equal(few.Min, few.Max); // one frame a column: its lowest sample is its highest
        Assert.Equal(0.25, few.Max[0], 0.001);
        Assert.True(few.Min[^1] < 0, $"the last frame, cos(π·{few.Frames - 1}/4)/4, is below zero");
    }

    [Fact]
    public async Task The_peaks_are_written_once_as_json_beside_the_wav_and_kept_while_the_wav_is_unchanged()
    {
        var wav = await HalfScaleSineThenSilenceAsync("tts.wav");
        var json = _temp.Combine(WaveformPeaksFiles.FileName);
        var files = new WaveformPeaksFiles();

        await files.EnsureAsync(wav, json, CancellationToken.None);
        var first = (await WaveformPeaksFiles.ReadAsync(json, CancellationToken.None))!;
        var written = File.GetLastWriteTimeUtc(json);
        // Proof that the second call keeps the file: change a figure in it, and the change is still there.
        var text = File.ReadAllText(json);
        File.WriteAllText(json, text.Replace("\"columns\":800", "\"columns\":799", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(json, written);
        await files.EnsureAsync(wav, json, CancellationToken.None);
        var second = (await WaveformPeaksFiles.ReadAsync(json, CancellationToken.None))!;

        Assert.Equal(800, first.Columns);
        Assert.Equal(799, second.Columns);
        Assert.Equal(first.Max, second.Max);
        using var document = JsonDocument.Parse(text);
        Assert.Equal(["columns", "sampleRate", "channels", "frames", "durationSeconds", "min", "max"],
            document.RootElement.EnumerateObject().Select(p => p.Name));

        // A WAV newer than its peaks (re-rendered in place) gets them computed again.
        File.SetLastWriteTimeUtc(wav, written.AddSeconds(5));
        await files.EnsureAsync(wav, json, CancellationToken.None);
        Assert.Equal(800, (await WaveformPeaksFiles.ReadAsync(json, CancellationToken.None))!.Columns);
    }

    public void Dispose() => _temp.Dispose();
}
