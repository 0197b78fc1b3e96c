using System.Globalization;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Media.Conversion;
using GenScene.Studio.Infrastructure.Media.Tools;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>Real pico2wave (scripts/setup.sh installs it), measured with real ffprobe and ffmpeg and by its pitch.</summary>
public sealed partial class PicoEngineTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ProcessRunner _runner = new(NullLogger<ProcessRunner>.Instance);
    private readonly PicoEngine _engine;

    public PicoEngineTests()
    {
        var tools = new StudioTools(Options.Create(new StudioOptions()));
        _engine = new PicoEngine(_runner, tools, new ToolProbe(_runner, Options.Create(new StudioOptions())), new SpeechReshaper(_runner, tools));
    }

    [Fact]
    public async Task Pico_is_installed_here_and_names_its_lingware_in_its_version()
    {
        Assert.True(_engine.IsConfigured, "pico2wave is not on PATH; scripts/setup.sh installs libttspico-utils");
        Assert.Matches(@"^pico2wave lingware [0-9a-f]{12}$", await _engine.VersionAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("es-ES", "Bienvenidos a la frutería.", "Bienvenidos a la frutería. Hoy tenemos naranjas de Valencia, fresas de Huelva y aguacates maduros a muy buen precio.")]
    [InlineData("en-US", "Welcome to the shop.", "Welcome to the shop. Today we have oranges from Valencia, strawberries from Huelva and ripe avocados at a very good price.")]
    [InlineData("en-GB", "Welcome to the shop.", "Welcome to the shop. Today we have oranges from Valencia, strawberries from Huelva and ripe avocados at a very good price.")]
    public async Task The_duration_grows_with_the_text_and_the_audio_has_speech_in_it(string language, string shortText, string longText)
    {
        var voice = Voice(language);
        var shortWav = await _engine.SynthesizeAsync(shortText, voice, VoiceSettings.Default, _temp.Path, CancellationToken.None);
        var longWav = await _engine.SynthesizeAsync(longText, voice, VoiceSettings.Default, _temp.Path, CancellationToken.None);

        var shortSeconds = await DurationAsync(shortWav);
        var longSeconds = await DurationAsync(longWav);
        Assert.InRange(shortSeconds, 0.5, 4);
        Assert.True(longSeconds > shortSeconds * 3, $"{longSeconds} s is not much longer than {shortSeconds} s");
        Assert.InRange(await MeanVolumeDbAsync(longWav), -35, 0); // silence measures -91 dB
    }

    [Fact]
    public async Task Speed_changes_the_time_taken_by_the_ratio_asked()
    {
        const string text = "Hoy tenemos naranjas de Valencia, fresas de Huelva y aguacates maduros a muy buen precio.";
        var normal = await DurationAsync(await _engine.SynthesizeAsync(text, Voice("es-ES"), VoiceSettings.Default, _temp.Path, CancellationToken.None));
        var fast = await DurationAsync(await _engine.SynthesizeAsync(text, Voice("es-ES"), VoiceSettings.Default with { Speed = 1.5 }, _temp.Path, CancellationToken.None));
        var slow = await DurationAsync(await _engine.SynthesizeAsync(text, Voice("es-ES"), VoiceSettings.Default with { Speed = 0.75 }, _temp.Path, CancellationToken.None));

        Assert.InRange(fast / normal, 1 / 1.5 - 0.03, 1 / 1.5 + 0.03);
        Assert.InRange(slow / normal, 1 / 0.75 - 0.05, 1 / 0.75 + 0.05);
    }

    [Fact]
    public async Task Pitch_raises_the_voice_by_the_semitones_asked_and_keeps_its_length()
    {
        const string text = "Welcome to the shop. Today we have oranges and strawberries at a very good price.";
        var normalWav = await _engine.SynthesizeAsync(text, Voice("en-US"), VoiceSettings.Default, _temp.Path, CancellationToken.None);
        var higherWav = await _engine.SynthesizeAsync(text, Voice("en-US"), VoiceSettings.Default with { Pitch = 50 }, _temp.Path, CancellationToken.None);

        var ratio = MedianPitchHz(higherWav) / MedianPitchHz(normalWav);
        Assert.InRange(ratio, Math.Pow(2, 5 / 12.0), Math.Pow(2, 7 / 12.0)); // +6 semitones, give or take one
        Assert.InRange(await DurationAsync(higherWav) / await DurationAsync(normalWav), 0.97, 1.03);
    }

    [Fact]
    public async Task Text_that_looks_like_options_or_markup_is_spoken_as_text()
    {
        var hijack = Path.Combine(_temp.Path, "hijack.wav");
        var plain = await DurationAsync(await _engine.SynthesizeAsync("Five percent off today.", Voice("en-US"), VoiceSettings.Default, _temp.Path, CancellationToken.None));
        var option = await _engine.SynthesizeAsync($"-w {hijack} Five percent off today.", Voice("en-US"), VoiceSettings.Default, _temp.Path, CancellationToken.None);
        var markup = await DurationAsync(await _engine.SynthesizeAsync("<speed level=\"300\">Five percent off today.</speed>", Voice("en-US"), VoiceSettings.Default, _temp.Path, CancellationToken.None));

        Assert.False(File.Exists(hijack), "the text was read as pico2wave's -w option");
        Assert.True(await DurationAsync(option) > plain * 1.5, "the option-like words were not spoken");
        // Read as markup, level 300 would say the sentence in a third of the time; read as words it takes longer.
        Assert.True(markup > plain * 1.2, $"markup {markup} s against plain {plain} s");
    }

    [Fact]
    public async Task A_language_pico_lacks_fails_with_the_engine_named()
    {
        var error = await Assert.ThrowsAsync<TtsEngineException>(() =>
            _engine.SynthesizeAsync("Hello.", Voice("xx-XX"), VoiceSettings.Default, _temp.Path, CancellationToken.None));

        Assert.Equal(PicoEngine.ProviderName, error.Engine);
    }

    private static Voice Voice(string language) => new()
    {
        Id = "test", Name = "Test", Provider = PicoEngine.ProviderName, ProviderVoiceId = language, Language = language,
    };

    /// <summary>
    /// The median fundamental frequency of the voiced 40 ms frames, by autocorrelation between 70 and 500 Hz:
    /// enough to tell a voice moved by six semitones (x1.41) from one that did not.
    /// </summary>
    private static double MedianPitchHz(string wavPath)
    {
        var (samples, rate) = ReadMono16(wavPath);
        var frame = rate / 25;
        var minLag = rate / 500;
        var maxLag = rate / 70;
        var pitches = new List<double>();
        var loudest = samples.Max(Math.Abs);
        for (var start = 0; start + frame + maxLag < samples.Length; start += frame / 2)
        {
            double energy = 0;
            for (var i = 0; i < frame; i++) { energy += samples[start + i] * samples[start + i]; }
            if (Math.Sqrt(energy / frame) < loudest * 0.1) { continue; }
            var (bestLag, best) = (0, 0.0);
            for (var lag = minLag; lag <= maxLag; lag++)
            {
                double sum = 0, norm = 0;
                for (var i = 0; i < frame; i++)
                {
                    sum += samples[start + i] * samples[start + i + lag];
                    norm += samples[start + i + lag] * samples[start + i + lag];
                }
                var score = sum / Math.Sqrt(energy * norm + 1e-9);
                if (score > best) { (bestLag, best) = (lag, score); }
            }
            if (best > 0.6) { pitches.Add((double)rate / bestLag); }
        }
        Assert.True(pitches.Count > 20, $"only {pitches.Count} voiced frames in {wavPath}");
        pitches.Sort();
        return pitches[pitches.Count / 2];
    }

    private static (double[] Samples, int Rate) ReadMono16(string wavPath)
    {
        var bytes = File.ReadAllBytes(wavPath);
        var rate = BitConverter.ToInt32(bytes, 24);
        Assert.Equal(1, BitConverter.ToInt16(bytes, 22));
        Assert.Equal(16, BitConverter.ToInt16(bytes, 34));
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(bytes, offset, 4);
            var size = BitConverter.ToInt32(bytes, offset + 4);
            if (id == "data")
            {
                var count = Math.Min(size, bytes.Length - offset - 8) / 2;
                var samples = new double[count];
                for (var i = 0; i < count; i++) { samples[i] = BitConverter.ToInt16(bytes, offset + 8 + i * 2); }
                return (samples, rate);
            }
            offset += 8 + size + (size & 1);
        }
        throw new InvalidDataException($"{wavPath} has no data chunk");
    }

    private async Task<double> DurationAsync(string path)
    {
        var result = await _runner.RunAsync(new ProcessSpec("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path]), CancellationToken.None);
        return double.Parse(result.StandardOutput.Trim(), CultureInfo.InvariantCulture);
    }

    private async Task<double> MeanVolumeDbAsync(string path)
    {
        var result = await _runner.RunAsync(new ProcessSpec("ffmpeg", ["-hide_banner", "-nostats", "-i", path, "-af", "volumedetect", "-f", "null", "-"]), CancellationToken.None);
        return double.Parse(MeanVolume().Match(result.StandardErrorTail).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"mean_volume: (-?[\d.]+) dB")]
    private static partial Regex MeanVolume();

    public void Dispose() => _temp.Dispose();
}
