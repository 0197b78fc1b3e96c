using GenScene.Studio.Features.Composition.Soundtrack;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// Narration is mixed and measured in the studio's process (ADR 0030): the track must be the one ffmpeg's graph made,
/// and its loudness what ffmpeg's ebur128 reads, since the episode's one gain and the limiter follow from it.
/// </summary>
public sealed class NarrationMixerTests(CompositionStudio studio) : IClassFixture<CompositionStudio>, IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task Narration_mixed_in_process_equals_ffmpegs_mix_and_measures_as_ebur128_does()
    {
        // Real speech at 48 kHz mono 16-bit (what the speech finisher writes), two sentences, one placed over the other's end.
        var first = await SpeakAsync("first", "The lighthouse keeper climbed the narrow stairs every evening, carrying a lamp.");
        var second = await SpeakAsync("second", "Fishing boats returned before sunset, gulls circling above them.");
        PlacedSound[] sounds = [new(first, 9_600, 150_000), new(second, 140_000, 10_000_000)];
        const long total = 48_000 * 9;

        var ours = _files.Combine("ours.wav");
        Assert.True(NarrationMixer.TryMix(sounds, total, 48_000, ours, out var measured));
        var theirs = _files.Combine("theirs.wav");
        // The graph the builder hands ffmpeg when it cannot mix in process (a looped sound makes it do so).
        var ffmpeg = await studio.Services.GetRequiredService<SoundtrackBuilder>().RenderForegroundAsync(
            [.. sounds, new PlacedSound(first, total, 1, Loop: true)], total, theirs, CancellationToken.None);

        // The same samples (float sums in another order differ in the last bits), the same length.
        var a = await SamplesAsync(ours);
        var b = await SamplesAsync(theirs);
        Assert.Equal(total * 2, a.Length);
        Assert.Equal(b.Length, a.Length);
        Assert.True(a.Zip(b).Max(p => Math.Abs(p.First - p.Second)) < 1e-5, "the in-process mix differs from ffmpeg's");
        // ebur128 prints tenths: the gain computed from either is the same to a tenth of a dB.
        Assert.InRange(measured.IntegratedLufs, ffmpeg.IntegratedLufs - 0.15, ffmpeg.IntegratedLufs + 0.15);
        Assert.InRange(measured.TruePeakDbtp, ffmpeg.TruePeakDbtp - 0.3, ffmpeg.TruePeakDbtp + 0.3);
        Assert.InRange(measured.LoudnessRangeLu, ffmpeg.LoudnessRangeLu - 1, ffmpeg.LoudnessRangeLu + 1);
        Assert.True(measured.IntegratedLufs > -40, $"narration measured as {measured}");
    }

    [Fact]
    public void Silence_measures_as_silence()
    {
        var path = _files.Combine("silence.wav");
        Assert.True(NarrationMixer.TryMix([], 48_000 * 2, 48_000, path, out var measured));
        Assert.Equal(LoudnessMeasurement.SilenceFloor, measured.IntegratedLufs);
        Assert.True(SoundtrackLoudness.GainDb(measured, -16) == 0);
    }

    private async Task<string> SpeakAsync(string name, string text)
    {
        var raw = _files.Combine(name + "-raw.wav");
        await studio.Runner.RunAsync(new GenScene.Studio.Infrastructure.Processes.ProcessSpec("espeak-ng", ["-v", "en-us+f3", "-w", raw, text]), CancellationToken.None);
        var wav = _files.Combine(name + ".wav");
        await studio.FfmpegAsync("-i", raw, "-af", "aresample=48000", "-ac", "1", "-c:a", "pcm_s16le", wav);
        return wav;
    }

    private async Task<float[]> SamplesAsync(string wav)
    {
        var raw = _files.Combine(Path.GetFileNameWithoutExtension(wav) + ".f32");
        await studio.FfmpegAsync("-i", wav, "-f", "f32le", "-c:a", "pcm_f32le", raw);
        var bytes = await File.ReadAllBytesAsync(raw);
        var samples = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * 4);
        return samples;
    }

    public void Dispose() => _files.Dispose();
}
