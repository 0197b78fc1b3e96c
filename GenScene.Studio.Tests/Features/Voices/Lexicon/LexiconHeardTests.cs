using System.Net.Http.Json;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Voices.Lexicon;

/// <summary>
/// An entry changes what is spoken, as a listener hears it: pocketsphinx (scripts/setup.sh --speech-tests) transcribes
/// the studio's speech of an English sentence with a made-up word, before and after an entry says it as "oranges".
/// pico's Emma speaks it: pocketsphinx hears pico well and espeak-ng badly.
/// </summary>
public sealed class LexiconHeardTests : IDisposable
{
    private const string Sentence = "Welcome to the shop. Today the Xyqor are on sale.";
    private readonly TempDirectory _temp = new("genscene-lexicon-heard");
    private readonly AudioServices _audio = new();

    [Fact]
    public async Task After_an_alias_entry_the_aliased_word_is_heard_in_the_speech()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        var before = await HeardAsync(studio, http, "before");
        (await http.PostAsJsonAsync("/api/lexicon", new { phrase = "Xyqor", language = "en", alias = "oranges" })).EnsureSuccessStatusCode();
        var after = await HeardAsync(studio, http, "after");

        Assert.DoesNotContain("oranges", before, StringComparison.Ordinal);
        Assert.Contains("oranges", after, StringComparison.Ordinal);
        Assert.Contains("welcome to the shop", after, StringComparison.Ordinal);
    }

    private async Task<string> HeardAsync(StudioFactory studio, HttpClient http, string name)
    {
        var job = await SpeechApi.PostAndWaitAsync(studio, http, new { text = Sentence, voiceId = SpeechApi.Emma });
        var wav = await SpeechApi.DownloadAsync(http, job, "tts.wav", _temp.Path);
        // pocketsphinx's English model wants 16 kHz mono 16-bit.
        var forRecognizer = Path.Combine(_temp.Path, name + "-16k.wav");
        await _audio.Runner.RunAsync(new ProcessSpec(_audio.Tools.Ffmpeg.Path,
            ["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", wav, "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", forRecognizer]), CancellationToken.None);
        var heard = await _audio.Runner.RunAsync(new ProcessSpec("pocketsphinx_continuous", ["-infile", forRecognizer, "-logfn", "/dev/null"])
            { Timeout = TimeSpan.FromMinutes(2) }, CancellationToken.None);
        return heard.StandardOutput.ReplaceLineEndings(" ").Trim();
    }

    public void Dispose() => _temp.Dispose();
}
