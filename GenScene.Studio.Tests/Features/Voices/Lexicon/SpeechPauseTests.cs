using System.Globalization;
using System.Text.RegularExpressions;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Voices.Lexicon;

/// <summary>Pause marks and paragraph breaks through POST /api/tts with the real engines, measured with ffmpeg's silencedetect.</summary>
public sealed partial class SpeechPauseTests : IDisposable
{
    private readonly TempDirectory _temp = new("genscene-pauses");
    private readonly AudioServices _audio = new();

    [Theory]
    [InlineData(SpeechApi.Ava, "Welcome to the shop. [pause 1.5s] Today the oranges are on sale.")]
    [InlineData(SpeechApi.Carmen, "Bienvenidos a la tienda. [pausa 1,5 s] Hoy las naranjas están de oferta.")]
    public async Task A_pause_mark_gives_exactly_that_much_silence_between_the_sentences(string voice, string text)
    {
        var silences = await SilencesOfAsync(voice, text, minimumSeconds: 0.5);

        var pause = Assert.Single(silences, s => s.Start > 0.3 && s.End < s.FileEnd - 0.3);
        Assert.InRange(pause.End - pause.Start, 1.45, 1.55);
    }

    [Fact]
    public async Task A_blank_line_between_paragraphs_is_a_pause_of_six_tenths_of_a_second()
    {
        var silences = await SilencesOfAsync(SpeechApi.Ava, "Welcome to the shop.\n\nToday the oranges are on sale.", minimumSeconds: 0.3);

        var pause = Assert.Single(silences, s => s.Start > 0.3 && s.End < s.FileEnd - 0.3);
        Assert.InRange(pause.End - pause.Start, 0.55, 0.65);
    }

    private async Task<List<Silence>> SilencesOfAsync(string voice, string text, double minimumSeconds)
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var job = await SpeechApi.PostAndWaitAsync(studio, http, new { text, voiceId = voice });
        var wav = await SpeechApi.DownloadAsync(http, job, "tts.wav", _temp.Path);
        var seconds = await _audio.Files.DurationAsync(wav);
        var result = await _audio.Runner.RunAsync(new GenScene.Studio.Infrastructure.Processes.ProcessSpec(_audio.Tools.Ffmpeg.Path,
        [
            "-hide_banner", "-nostdin", "-nostats", "-i", wav,
            "-af", $"silencedetect=noise=-50dB:d={SpeechApi.Invariant(minimumSeconds)}", "-f", "null", "-",
        ]), CancellationToken.None);
        var starts = SilenceStart().Matches(result.StandardErrorTail).Select(m => Number(m.Groups[1].Value)).ToList();
        var ends = SilenceEnd().Matches(result.StandardErrorTail).Select(m => Number(m.Groups[1].Value)).ToList();
        return [.. starts.Select((start, i) => new Silence(start, i < ends.Count ? ends[i] : seconds, seconds))];
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private sealed record Silence(double Start, double End, double FileEnd);

    [GeneratedRegex(@"silence_start: (-?[\d.]+)")]
    private static partial Regex SilenceStart();

    [GeneratedRegex(@"silence_end: ([\d.]+)")]
    private static partial Regex SilenceEnd();

    public void Dispose() => _temp.Dispose();
}
