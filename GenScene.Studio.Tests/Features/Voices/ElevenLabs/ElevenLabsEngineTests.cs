using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Features.Voices.ElevenLabs;

/// <summary>The engine against the fake ElevenLabs server over real HTTP, wired as the studio wires it.</summary>
public sealed class ElevenLabsEngineTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new();
    private FakeElevenLabs _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeElevenLabs.StartAsync(apiKey: "test-key");

    [Fact]
    public async Task It_sends_the_documented_request_and_writes_a_playable_mp3()
    {
        await using var services = Services(_fake.Url, "test-key");
        var engine = services.GetRequiredService<ElevenLabsEngine>();
        var settings = new VoiceSettings { Stability = 0.3, SimilarityBoost = 0.9, Style = 0.25, SpeakerBoost = false, Speed = 1.5, Pitch = 10 };

        var mp3 = await engine.SynthesizeAsync("Hello from the studio.", Voice(FakeElevenLabs.VoiceId), settings, _temp.Path, CancellationToken.None);

        var request = Assert.Single(_fake.SpeechRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v1/text-to-speech/{FakeElevenLabs.VoiceId}", request.Path);
        Assert.Equal("?output_format=mp3_44100_128", request.Query);
        Assert.Equal("test-key", request.ApiKey);
        Assert.Equal("audio/mpeg", request.Accept);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var body = request.Body!.Value;
        Assert.Equal("Hello from the studio.", body.GetProperty("text").GetString());
        Assert.Equal("eleven_multilingual_v2", body.GetProperty("model_id").GetString());
        var sent = body.GetProperty("voice_settings");
        Assert.Equal(0.3, sent.GetProperty("stability").GetDouble());
        Assert.Equal(0.9, sent.GetProperty("similarity_boost").GetDouble());
        Assert.Equal(0.25, sent.GetProperty("style").GetDouble());
        Assert.False(sent.GetProperty("use_speaker_boost").GetBoolean());
        Assert.Equal(1.2, sent.GetProperty("speed").GetDouble()); // 1.5 clamped to ElevenLabs' maximum
        Assert.False(sent.TryGetProperty("pitch", out _)); // ElevenLabs has no pitch

        Assert.Equal(_temp.Path, Path.GetDirectoryName(mp3));
        Assert.EndsWith(".mp3", mp3, StringComparison.Ordinal);
        var (codec, seconds) = await ProbeAsync(mp3);
        Assert.Equal("mp3", codec);
        Assert.InRange(seconds, FakeElevenLabs.Mp3Seconds - 0.1, FakeElevenLabs.Mp3Seconds + 0.1);
    }

    [Fact]
    public async Task A_slow_speed_is_raised_to_the_minimum_ElevenLabs_accepts()
    {
        await using var services = Services(_fake.Url, "test-key");
        var engine = services.GetRequiredService<ElevenLabsEngine>();

        await engine.SynthesizeAsync("Slowly.", Voice(FakeElevenLabs.VoiceId), VoiceSettings.Default with { Speed = 0.5 }, _temp.Path, CancellationToken.None);

        Assert.Equal(0.7, Assert.Single(_fake.SpeechRequests).Body!.Value.GetProperty("voice_settings").GetProperty("speed").GetDouble());
    }

    [Fact]
    public async Task A_wrong_key_fails_with_401_and_ElevenLabs_explanation_and_leaves_no_file()
    {
        await using var services = Services(_fake.Url, "wrong-key");
        var engine = services.GetRequiredService<ElevenLabsEngine>();

        var error = await Assert.ThrowsAsync<TtsEngineException>(() =>
            engine.SynthesizeAsync("Hello.", Voice(FakeElevenLabs.VoiceId), VoiceSettings.Default, _temp.Path, CancellationToken.None));

        Assert.Equal(ElevenLabsEngine.ProviderName, error.Engine);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_api_key", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid API key", error.Message, StringComparison.Ordinal);
        Assert.Equal("wrong-key", Assert.Single(_fake.SpeechRequests).ApiKey);
        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(402)]
    [InlineData(429)]
    public async Task A_server_or_quota_error_fails_with_its_status(int status)
    {
        _fake.FailSpeechWith = status;
        await using var services = Services(_fake.Url, "test-key");
        var engine = services.GetRequiredService<ElevenLabsEngine>();

        var error = await Assert.ThrowsAsync<TtsEngineException>(() =>
            engine.SynthesizeAsync("Hello.", Voice(FakeElevenLabs.VoiceId), VoiceSettings.Default, _temp.Path, CancellationToken.None));

        Assert.Contains($"HTTP {status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("The fake was told to fail.", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public async Task An_unknown_voice_fails_with_404_and_the_voice_named()
    {
        await using var services = Services(_fake.Url, "test-key");

        var error = await Assert.ThrowsAsync<TtsEngineException>(() => services.GetRequiredService<ElevenLabsEngine>()
            .SynthesizeAsync("Hello.", Voice("no-such-voice"), VoiceSettings.Default, _temp.Path, CancellationToken.None));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-voice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_an_engine_failure()
    {
        await using var services = Services($"http://127.0.0.1:{ClosedPort()}", "test-key");

        var error = await Assert.ThrowsAsync<TtsEngineException>(() => services.GetRequiredService<ElevenLabsEngine>()
            .SynthesizeAsync("Hello.", Voice(FakeElevenLabs.VoiceId), VoiceSettings.Default, _temp.Path, CancellationToken.None));

        Assert.Contains("could not reach", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Without_a_key_it_is_not_configured_and_never_calls_out()
    {
        await using var services = Services(_fake.Url, null);
        var engine = services.GetRequiredService<ElevenLabsEngine>();

        Assert.False(engine.IsConfigured);
        await Assert.ThrowsAsync<TtsEngineException>(() =>
            engine.SynthesizeAsync("Hello.", Voice(FakeElevenLabs.VoiceId), VoiceSettings.Default, _temp.Path, CancellationToken.None));
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task The_version_in_the_cache_key_is_the_model()
    {
        await using var services = Services(_fake.Url, "test-key", ("ElevenLabs:ModelId", "eleven_flash_v2_5"));
        var engine = services.GetRequiredService<ElevenLabsEngine>();

        Assert.Equal("eleven_flash_v2_5", await engine.VersionAsync(CancellationToken.None));
        Assert.True(engine.IsConfigured);
    }

    [Theory]
    [InlineData("""{"detail":{"status":"quota_exceeded","message":"This request exceeds your quota."}}""", ": quota_exceeded: This request exceeds your quota.")]
    [InlineData("""{"detail":[{"loc":["body","text"],"msg":"field required","type":"value_error.missing"}]}""", ": field required")]
    [InlineData("""{"detail":"Not Found"}""", ": Not Found")]
    [InlineData("<html>Bad Gateway</html>", ": <html>Bad Gateway</html>")]
    [InlineData("", "")]
    public void Error_bodies_are_explained(string body, string expected) => Assert.Equal(expected, ElevenLabsClient.Detail(body));

    /// <summary>The engine and its typed HttpClient registered exactly as the studio does (VoicesModule.AddElevenLabs).</summary>
    internal static ServiceProvider Services(string baseUrl, string? apiKey, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["ElevenLabs:BaseUrl"] = baseUrl, ["ElevenLabs:ApiKey"] = apiKey };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddElevenLabs();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    internal static Voice Voice(string providerVoiceId, string language = "en") => new()
    {
        Id = VoiceCatalog.IdFor(ElevenLabsEngine.ProviderName, providerVoiceId), Name = "Rachel", Provider = ElevenLabsEngine.ProviderName,
        ProviderVoiceId = providerVoiceId, Language = language,
    };

    internal static async Task<(string Codec, double Seconds)> ProbeAsync(string path)
    {
        var result = await new ProcessRunner(NullLogger<ProcessRunner>.Instance).RunAsync(new ProcessSpec("ffprobe",
            ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name:format=duration", "-of", "default=nw=1:nk=1", path]), CancellationToken.None);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (lines[0], double.Parse(lines[1], CultureInfo.InvariantCulture));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: connecting is refused
        return port;
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _temp.Dispose();
}
