using System.Net;
using System.Net.Http.Json;
using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Voices.ElevenLabs;

/// <summary>The whole studio (POST /api/tts, the job runner, ffmpeg finishing) speaking through the fake ElevenLabs server.</summary>
public sealed class ElevenLabsStudioTests : IAsyncLifetime
{
    private FakeElevenLabs _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeElevenLabs.StartAsync(apiKey: "test-key");

    [Fact]
    public async Task A_tts_job_with_an_ElevenLabs_voice_is_spoken_by_ElevenLabs()
    {
        await using var studio = Studio(apiKey: "test-key");
        var voice = await AddElevenLabsVoiceAsync(studio);
        var engines = studio.Services.GetRequiredService<TtsEngines>();
        // The natural offline voice is the first fallback, espeak-ng the last.
        Assert.Equal([ElevenLabsEngine.ProviderName, PicoEngine.ProviderName, EspeakEngine.ProviderName],
            (await engines.CandidatesAsync(voice, CancellationToken.None)).Select(c => c.Engine.Name));

        var job = await SpeakAsync(studio, voice, "Hello from the cloud.");

        Assert.True(job.State == JobState.Succeeded, $"{job.State}: {job.ErrorClass} {job.ErrorMessage}");
        Assert.Equal(ElevenLabsEngine.ProviderName, (await SpeechResultAsync(studio, job.Id)).Engine);
        var request = Assert.Single(_fake.SpeechRequests);
        Assert.Equal($"/v1/text-to-speech/{FakeElevenLabs.VoiceId}", request.Path);
        Assert.Equal("Hello from the cloud.", request.Body!.Value.GetProperty("text").GetString());
        Assert.Contains(ElevenLabsEngine.ProviderName, job.Stage, StringComparison.Ordinal);

        // The fake's 2 s MP3, finished by ffmpeg to the job's WAV.
        var wav = Path.Combine(studio.DataDirectory, "media", "jobs", job.Id, "tts.wav");
        Assert.True(File.Exists(wav), wav);
        var (codec, seconds) = await ElevenLabsEngineTests.ProbeAsync(wav);
        Assert.StartsWith("pcm_", codec, StringComparison.Ordinal);
        Assert.InRange(seconds, FakeElevenLabs.Mp3Seconds - 0.2, FakeElevenLabs.Mp3Seconds + 0.3);
    }

    [Fact]
    public async Task When_ElevenLabs_fails_the_job_falls_back_to_the_offline_pico_voice_in_the_same_language()
    {
        _fake.FailSpeechWith = 500;
        await using var studio = Studio(apiKey: "test-key");
        var voice = await AddElevenLabsVoiceAsync(studio);

        var job = await SpeakAsync(studio, voice, "Hello, this falls back.");

        Assert.True(job.State == JobState.Succeeded, $"{job.State}: {job.ErrorClass} {job.ErrorMessage}");
        Assert.NotEmpty(_fake.SpeechRequests); // ElevenLabs was tried first, and failed
        var result = await SpeechResultAsync(studio, job.Id);
        Assert.Equal(PicoEngine.ProviderName, result.Engine);
        Assert.Equal(voice.Id, result.VoiceId); // the request's voice is kept; the engine records who spoke
        Assert.Contains(PicoEngine.ProviderName, job.Stage, StringComparison.Ordinal);
        Assert.Contains(job.Events, e => e.Message?.Contains(PicoEngine.ProviderName, StringComparison.Ordinal) == true
                                         || e.Stage?.Contains(PicoEngine.ProviderName, StringComparison.Ordinal) == true);
        Assert.True(File.Exists(Path.Combine(studio.DataDirectory, "media", "jobs", job.Id, "tts.wav")));
    }

    [Fact]
    public async Task Without_a_key_ElevenLabs_is_not_configured_and_only_the_offline_engines_are_tried()
    {
        await using var studio = Studio(apiKey: null);
        var voice = await AddElevenLabsVoiceAsync(studio);
        var engines = studio.Services.GetRequiredService<TtsEngines>();
        var espeakVoice = (await studio.Services.GetRequiredService<VoiceCatalog>().FindAsync(SpeechApi.Ava, CancellationToken.None))!;

        var elevenLabs = engines.Find(ElevenLabsEngine.ProviderName);
        Assert.NotNull(elevenLabs);
        Assert.False(elevenLabs.IsConfigured);
        Assert.Equal([PicoEngine.ProviderName, EspeakEngine.ProviderName], (await engines.CandidatesAsync(voice, CancellationToken.None)).Select(c => c.Engine.Name));
        Assert.Equal([EspeakEngine.ProviderName, PicoEngine.ProviderName], (await engines.CandidatesAsync(espeakVoice, CancellationToken.None)).Select(c => c.Engine.Name));

        var job = await SpeakAsync(studio, voice, "Offline speech.");

        Assert.True(job.State == JobState.Succeeded, $"{job.State}: {job.ErrorClass} {job.ErrorMessage}");
        Assert.Equal(PicoEngine.ProviderName, (await SpeechResultAsync(studio, job.Id)).Engine);
        Assert.Empty(_fake.Requests);
    }

    private StudioFactory Studio(string? apiKey)
    {
        var studio = new StudioFactory().With("Jobs:DefaultMaxAttempts", "1").With("ElevenLabs:BaseUrl", _fake.Url);
        return apiKey is null ? studio : studio.With("ElevenLabs:ApiKey", apiKey);
    }

    private static async Task<Voice> AddElevenLabsVoiceAsync(StudioFactory studio)
    {
        var catalog = studio.Services.GetRequiredService<VoiceCatalog>();
        var voice = ElevenLabsEngineTests.Voice(FakeElevenLabs.VoiceId, "en-US");
        voice.Gender = "female";
        Assert.Equal(1, await catalog.AddMissingAsync([voice], CancellationToken.None));
        return (await catalog.FindAsync(voice.Id, CancellationToken.None))!;
    }

    /// <summary>POST /api/tts, then waits until the job has ended (however it ended).</summary>
    private static async Task<Job> SpeakAsync(StudioFactory studio, Voice voice, string text)
    {
        using var http = studio.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/tts", new { text, voiceId = voice.Id });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var accepted = (await response.Content.ReadFromJsonAsync<JobAccepted>())!;
        return await studio.Services.GetRequiredService<JobQueries>().WaitForAsync(accepted.JobId, j => j.State.IsTerminal());
    }

    private static async Task<SpeechResult> SpeechResultAsync(StudioFactory studio, string jobId)
    {
        await using var db = await studio.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContextAsync();
        return await db.SpeechResults.SingleAsync(r => r.JobId == jobId);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();
}
