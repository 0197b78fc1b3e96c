using System.Globalization;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>Real espeak-ng, measured with real ffprobe and ffmpeg.</summary>
public sealed partial class EspeakEngineTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ProcessRunner _runner = new(NullLogger<ProcessRunner>.Instance);
    private readonly EspeakEngine _engine;

    public EspeakEngineTests()
    {
        var tools = new StudioTools(Options.Create(new StudioOptions()));
        _engine = new EspeakEngine(_runner, tools, new ToolProbe(_runner, Options.Create(new StudioOptions())));
    }

    [Fact]
    public async Task The_duration_grows_with_the_text_and_the_audio_has_speech_in_it()
    {
        var voice = Voice("en-us+f3", "en-US");
        var shortWav = await _engine.SynthesizeAsync("Hello there.", voice, VoiceSettings.Default, _temp.Path, CancellationToken.None);
        var longWav = await _engine.SynthesizeAsync("Hello there. This sentence is a good deal longer, so it takes more time to say out loud.", voice, VoiceSettings.Default, _temp.Path, CancellationToken.None);

        var shortSeconds = await DurationAsync(shortWav);
        var longSeconds = await DurationAsync(longWav);
        Assert.InRange(shortSeconds, 0.3, 3);
        Assert.True(longSeconds > shortSeconds * 3, $"{longSeconds} s is not much longer than {shortSeconds} s");
        Assert.InRange(await MeanVolumeDbAsync(longWav), -40, 0); // silence measures -91 dB
    }

    [Fact]
    public async Task Spanish_text_with_a_Spanish_voice_is_spoken()
    {
        var wav = await _engine.SynthesizeAsync("¿Dónde está la biblioteca? Está al lado de la estación, señora.", Voice("es-419+m1", "es-419"), VoiceSettings.Default, _temp.Path, CancellationToken.None);

        Assert.InRange(await DurationAsync(wav), 1.5, 10);
        Assert.InRange(await MeanVolumeDbAsync(wav), -40, 0);
    }

    [Fact]
    public async Task Faster_speed_says_the_same_text_in_less_time()
    {
        const string text = "The quick brown fox jumps over the lazy dog, and then it runs away into the forest.";
        var normal = await _engine.SynthesizeAsync(text, Voice("en-us+m3", "en-US"), VoiceSettings.Default, _temp.Path, CancellationToken.None);
        var fast = await _engine.SynthesizeAsync(text, Voice("en-us+m3", "en-US"), VoiceSettings.Default with { Speed = 1.6 }, _temp.Path, CancellationToken.None);

        Assert.True(await DurationAsync(fast) < await DurationAsync(normal) * 0.8);
    }

    [Fact]
    public async Task An_unknown_espeak_voice_fails_with_the_engine_named()
    {
        var error = await Assert.ThrowsAsync<TtsEngineException>(() =>
            _engine.SynthesizeAsync("Hello.", Voice("xx-nonexistent", "en"), VoiceSettings.Default, _temp.Path, CancellationToken.None));

        Assert.Equal(EspeakEngine.ProviderName, error.Engine);
    }

    private static Voice Voice(string providerId, string language) => new()
    {
        Id = "test", Name = "Test", Provider = EspeakEngine.ProviderName, ProviderVoiceId = providerId, Language = language,
    };

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
