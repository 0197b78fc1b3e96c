using System.Globalization;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Tests.Features.Audio;

/// <summary>
/// Makes test inputs with the real tools (espeak-ng speech, ffmpeg tones, noise and images) and
/// reads back figures a test compares, independently of the code under test.
/// </summary>
public sealed class AudioFiles(ProcessRunner runner, StudioTools tools)
{
    /// <summary>About 7 s of espeak-ng speech: long enough that loudnorm can work in its two-pass modes.</summary>
    public const string Sentence = "The quick brown fox jumps over the lazy dog. GenScene Studio makes messages for your listeners, with music and jingles.";

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public async Task<string> SpeechAsync(string path, string text = Sentence)
    {
        await runner.RunAsync(new ProcessSpec(tools.Espeak.Path, ["-w", path, text]), CancellationToken.None);
        return path;
    }

    /// <summary>Speech after <paramref name="silenceSeconds"/> of silence, changed in level by <paramref name="gainDb"/>.</summary>
    public async Task<string> SpeechAsync(string path, double gainDb, double silenceSeconds = 0)
    {
        var raw = await SpeechAsync(path + ".raw.wav");
        await FfmpegAsync("-i", raw, "-af", $"adelay={N(silenceSeconds * 1000)}:all=1,volume={N(gainDb)}dB", "-c:a", "pcm_s16le", path);
        File.Delete(raw);
        return path;
    }

    /// <summary>
    /// A stereo tone, the same full level in both channels (-ac 2 would put it 3 dB lower in each);
    /// lavfi's sine peaks at 1/8 (-18.06 dBFS) before <paramref name="gainDb"/>.
    /// </summary>
    public Task<string> ToneAsync(string path, double seconds, double frequency = 440, double gainDb = 0, int sampleRate = 44100) =>
        LavfiAsync(path, $"sine=frequency={N(frequency)}:sample_rate={sampleRate}:duration={N(seconds)},pan=stereo|c0=c0|c1=c0,volume={N(gainDb)}dB");

    public Task<string> PinkNoiseAsync(string path, double seconds, double amplitude = 0.3) =>
        LavfiAsync(path, $"anoisesrc=color=pink:amplitude={N(amplitude)}:sample_rate=44100:duration={N(seconds)}", "-ac", "2");

    public Task<string> PngAsync(string path) => LavfiAsync(path, "testsrc2=size=320x240:duration=1", "-frames:v", "1");

    public async Task<string> LavfiAsync(string path, string source, params string[] outputArguments)
    {
        await FfmpegAsync(["-f", "lavfi", "-i", source, .. outputArguments, path]);
        return path;
    }

    public async Task FfmpegAsync(params string[] arguments) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path, ["-hide_banner", "-nostdin", "-nostats", "-y", .. arguments]), CancellationToken.None);

    /// <summary>RMS level (dBFS) of [start, end) s of a file, by ffmpeg's astats over that window.</summary>
    public async Task<double> RmsDbAsync(string path, double start, double end)
    {
        var result = await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            "-hide_banner", "-nostdin", "-nostats", "-i", path,
            "-af", $"atrim=start={N(start)}:end={N(end)},astats=measure_perchannel=none:measure_overall=RMS_level", "-f", "null", "-",
        ]), CancellationToken.None);
        var line = result.StandardErrorTail.Split('\n').Last(l => l.Contains("RMS level dB:", StringComparison.Ordinal));
        return double.Parse(line[(line.LastIndexOf(':') + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>ffprobe's view of one stream entry ("width", "sample_rate", "codec_name"...) of the first stream of a kind.</summary>
    public async Task<string> StreamEntryAsync(string path, string streamSelector, string entry)
    {
        var result = await runner.RunAsync(new ProcessSpec(tools.Ffprobe.Path,
            ["-v", "error", "-select_streams", streamSelector, "-show_entries", $"stream={entry}", "-of", "default=noprint_wrappers=1:nokey=1", path]), CancellationToken.None);
        return result.StandardOutput.Trim();
    }

    public async Task<double> DurationAsync(string path)
    {
        var result = await runner.RunAsync(new ProcessSpec(tools.Ffprobe.Path,
            ["-v", "error", "-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", path]), CancellationToken.None);
        return double.Parse(result.StandardOutput.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The picture as raw RGBA bytes, decoded by ffmpeg, so a test can look at its pixels.</summary>
    public async Task<byte[]> RgbaPixelsAsync(string png)
    {
        var raw = png + ".rgba";
        await FfmpegAsync("-i", png, "-f", "rawvideo", "-pix_fmt", "rgba", raw);
        return await File.ReadAllBytesAsync(raw);
    }
}
