using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>POST /api/tts and GET /api/voices against the in-memory studio, with real espeak-ng and ffmpeg.</summary>
public sealed class TtsApiTests : IDisposable
{
    private readonly TempDirectory _temp = new("genscene-tts");
    private readonly AudioServices _audio = new();

    [Fact]
    public async Task A_request_is_accepted_and_finishes_as_48kHz_wav_mp3_and_waveform_at_the_loudness_target_recorded_in_its_row()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        var id = await SpeechApi.PostAsync(http, new { text = SpeechApi.EnglishText, voiceId = SpeechApi.Ava, format = "wav" });
        var job = await SpeechApi.SucceededAsync(studio, http, id);

        var files = job.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["tts.mp3", "tts.wav", "waveform.json", "waveform.png"], files.Select(f => f.GetProperty("name").GetString()));
        var wav = await SpeechApi.DownloadAsync(http, id, "tts.wav", _temp.Path, "audio/wav");
        var mp3 = await SpeechApi.DownloadAsync(http, id, "tts.mp3", _temp.Path, "audio/mpeg");
        var peaks = await SpeechApi.DownloadAsync(http, id, "waveform.json", _temp.Path, "application/json");
        var png = await SpeechApi.DownloadAsync(http, id, "waveform.png", _temp.Path, "image/png");
        foreach (var (file, path) in files.Zip([mp3, wav, peaks, png]))
        {
            Assert.Equal(file.GetProperty("bytes").GetInt64(), new FileInfo(path).Length);
        }

        Assert.Equal("48000", await _audio.Files.StreamEntryAsync(wav, "a:0", "sample_rate"));
        Assert.Equal("pcm_s16le", await _audio.Files.StreamEntryAsync(wav, "a:0", "codec_name"));
        Assert.Equal("mp3", await _audio.Files.StreamEntryAsync(mp3, "a:0", "codec_name"));
        Assert.Equal("48000", await _audio.Files.StreamEntryAsync(mp3, "a:0", "sample_rate"));
        Assert.Equal("192000", await _audio.Files.StreamEntryAsync(mp3, "a:0", "bit_rate"));
        Assert.Equal("png", await _audio.Files.StreamEntryAsync(png, "v:0", "codec_name"));
        using (var json = JsonDocument.Parse(File.ReadAllText(peaks)))
        {
            var root = json.RootElement;
            Assert.Equal(800, root.GetProperty("columns").GetInt32());
            Assert.Equal((48000, 1), (root.GetProperty("sampleRate").GetInt32(), root.GetProperty("channels").GetInt32()));
            Assert.Equal(800, root.GetProperty("min").GetArrayLength());
            Assert.Equal(800, root.GetProperty("max").GetArrayLength());
            // Normalised speech: its loudest column comes near full scale, every value stays within it.
            Assert.InRange(root.GetProperty("max").EnumerateArray().Max(v => v.GetDouble()), 0.3, 1);
            Assert.InRange(root.GetProperty("min").EnumerateArray().Min(v => v.GetDouble()), -1, -0.3);
        }

        var measured = await _audio.Meter.MeasureAsync(wav, CancellationToken.None);
        Assert.InRange(measured.IntegratedLufs, -17, -15);
        Assert.True(measured.TruePeakDbtp <= -1.3, $"true peak {measured.TruePeakDbtp} dBTP");
        var duration = await _audio.Files.DurationAsync(wav);
        Assert.InRange(duration, 4, 15);

        var row = SpeechApi.Row(studio.DataDirectory, id);
        Assert.Equal((SpeechApi.Ava, "espeak-ng", 0, 1), (row.VoiceId, row.Engine, row.CacheHits, row.CacheMisses));
        Assert.InRange(row.IntegratedLufs!.Value, measured.IntegratedLufs - 0.2, measured.IntegratedLufs + 0.2);
        Assert.InRange(row.TruePeakDb!.Value, measured.TruePeakDbtp - 0.2, measured.TruePeakDbtp + 0.2);
        Assert.InRange(row.DurationSeconds, duration - 0.05, duration + 0.05);
    }

    [Fact]
    public async Task Different_voices_pitches_and_speeds_all_land_on_the_loudness_target()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        object[] requests =
        [
            new { text = SpeechApi.EnglishText }, // the default voice, its default settings
            new { text = SpeechApi.EnglishText, voiceId = SpeechApi.Ethan, settings = new { speed = 1.6, pitch = -40 } },
            new { text = SpeechApi.EnglishText, voiceId = "espeak-ng-en-gb-f2", settings = new { speed = 0.7, pitch = 45 } },
        ];

        foreach (var request in requests)
        {
            var id = await SpeechApi.PostAndWaitAsync(studio, http, request);
            var measured = await _audio.Meter.MeasureAsync(await SpeechApi.DownloadAsync(http, id, "tts.wav", _temp.Path), CancellationToken.None);
            Assert.InRange(measured.IntegratedLufs, -17, -15);
            Assert.True(measured.TruePeakDbtp <= -1.3, $"{JsonSerializer.Serialize(request)}: true peak {measured.TruePeakDbtp} dBTP");
        }
    }

    [Fact]
    public async Task Spanish_text_with_a_Latin_American_voice_is_spoken_through_the_api()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        var id = await SpeechApi.PostAndWaitAsync(studio, http, new { text = SpeechApi.SpanishText, voiceId = SpeechApi.Diego, format = "mp3" });

        var wav = await SpeechApi.DownloadAsync(http, id, "tts.wav", _temp.Path);
        Assert.InRange(await _audio.Files.DurationAsync(wav), 3, 20);
        Assert.InRange(await _audio.Files.RmsDbAsync(wav, 0, 30), -40, -10); // speech, not silence (-inf)
        var row = SpeechApi.Row(studio.DataDirectory, id);
        Assert.Equal(SpeechApi.Diego, row.VoiceId);
        Assert.InRange(row.IntegratedLufs!.Value, -17, -15);
        Assert.Equal("mp3", RawSqlite.Query(studio.DataDirectory, "SELECT format FROM speech_results WHERE job_id = $id", r => r.GetString(0), ("$id", id)).Single());
    }

    [Fact]
    public async Task A_fresh_studio_has_the_pico_voices_and_speaks_Spanish_with_them_at_the_loudness_target()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var voices = await http.GetFromJsonAsync<JsonElement>("/api/voices");
        var pico = voices.EnumerateArray().Where(v => v.GetProperty("provider").GetString() == "pico")
            .Select(v => v.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(["pico-de-de", "pico-en-gb", "pico-en-us", "pico-es-es", "pico-fr-fr", "pico-it-it"], pico);

        var id = await SpeechApi.PostAndWaitAsync(studio, http, new { text = SpeechApi.SpanishText, voiceId = SpeechApi.Carmen, settings = new { speed = 1.2 } });

        var wav = await SpeechApi.DownloadAsync(http, id, "tts.wav", _temp.Path);
        Assert.InRange(await _audio.Files.DurationAsync(wav), 3, 15);
        Assert.InRange(await _audio.Files.RmsDbAsync(wav, 0, 30), -40, -10);
        var row = SpeechApi.Row(studio.DataDirectory, id);
        Assert.Equal("pico", row.Engine);
        Assert.InRange(row.IntegratedLufs!.Value, -17, -15);
    }

    [Fact]
    public async Task Text_over_the_engine_limit_is_split_at_sentences_and_joined_without_gaps()
    {
        await using var studio = new StudioFactory().WithServices(CountingEngine.Register);
        using var http = studio.CreateClient();
        var engine = studio.Services.GetRequiredService<CountingEngine>();
        var shortText = LongText(300);
        var longText = LongText(3000);
        Assert.InRange(longText.Length, 2900, 3000);

        var shortId = await SpeechApi.PostAndWaitAsync(studio, http, new { text = shortText, voiceId = SpeechApi.Ava });
        Assert.Equal([shortText], engine.Texts);
        engine.Texts.Clear();
        var longId = await SpeechApi.PostAndWaitAsync(studio, http, new { text = longText, voiceId = SpeechApi.Ava });

        var parts = engine.Texts.ToList();
        Assert.Equal(2, parts.Count); // 2,000 characters is espeak-ng's part limit
        Assert.All(parts, p => Assert.InRange(p.Length, 1, engine.MaxCharacters));
        Assert.All(parts, p => Assert.EndsWith(".", p));
        Assert.Equal(longText, string.Join(" ", parts));

        var shortWav = await SpeechApi.DownloadAsync(http, shortId, "tts.wav", _temp.Path);
        var longWav = await SpeechApi.DownloadAsync(http, longId, "tts.wav", _temp.Path);
        var shortSeconds = await _audio.Files.DurationAsync(shortWav);
        var longSeconds = await _audio.Files.DurationAsync(longWav);
        Assert.True(longSeconds > shortSeconds * 5, $"{longSeconds} s for 3,000 characters is not proportional to {shortSeconds} s for 300");
        Assert.True(longSeconds < shortSeconds * 20, $"{longSeconds} s for 3,000 characters against {shortSeconds} s for 300");
        Assert.InRange(SpeechApi.Row(studio.DataDirectory, longId).DurationSeconds, longSeconds - 0.05, longSeconds + 0.05);

        // The detector finds a gap where there is one (2 s of silence before speech)...
        var gapped = await _audio.Files.SpeechAsync(Path.Combine(_temp.Path, "gapped.wav"), gainDb: 0, silenceSeconds: 2);
        Assert.NotEmpty(await SilencesAsync(gapped, noiseDb: -50, minimumSeconds: 1.5));
        // ...and none in the joined speech.
        var silences = await SilencesAsync(longWav, noiseDb: -50, minimumSeconds: 1.5);
        Assert.True(silences.Count == 0, $"gaps in the joined audio: {string.Join("; ", silences)}");
        var measured = await _audio.Meter.MeasureAsync(longWav, CancellationToken.None);
        Assert.InRange(measured.IntegratedLufs, -17, -15);
        Assert.True(measured.TruePeakDbtp <= -1.3, $"true peak {measured.TruePeakDbtp} dBTP");
    }

    [Fact]
    public async Task Bad_input_gets_400_naming_the_field_and_queues_nothing()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var jobsBefore = (await http.GetFromJsonAsync<JsonElement>("/api/jobs")).GetArrayLength();
        (object Body, string Field)[] cases =
        [
            (new { text = "" }, "text"),
            (new { text = "   \n  " }, "text"),
            (new { voiceId = SpeechApi.Ava }, "text"),
            (new { text = new string('a', 5001) }, "text"),
            (new { text = string.Concat(Enumerable.Repeat("Hello world. ", 400)) }, "text"), // 5,199 characters of sentences
            (new { text = "Hello.", voiceId = "espeak-ng-xx-nope" }, "voiceId"),
            (new { text = "Hello.", settings = new { speed = 2.5 } }, "settings.speed"),
            (new { text = "Hello.", settings = new { speed = 0.4 } }, "settings.speed"),
            (new { text = "Hello.", settings = new { pitch = 51 } }, "settings.pitch"),
            (new { text = "Hello.", settings = new { pitch = -80 } }, "settings.pitch"),
            (new { text = "Hello.", settings = new { stability = 1.5 } }, "settings.stability"),
            (new { text = "Hello.", format = "ogg" }, "format"),
        ];

        foreach (var (body, field) in cases)
        {
            using var response = await http.PostAsJsonAsync("/api/tts", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{JsonSerializer.Serialize(body)}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{JsonSerializer.Serialize(body)}: no errors.{field} in {text}");
            Assert.NotEmpty(messages[0].GetString()!);
        }
        // Several fields wrong at once are all named.
        using (var response = await http.PostAsJsonAsync("/api/tts", new { text = "", voiceId = "nobody", format = "flac", settings = new { speed = 9, pitch = 99 } }))
        {
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Equal(["format", "settings.pitch", "settings.speed", "text", "voiceId"],
                errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        Assert.Equal(jobsBefore, (await http.GetFromJsonAsync<JsonElement>("/api/jobs")).GetArrayLength());
        Assert.Equal(0, RawSqlite.Scalar(studio.DataDirectory, "SELECT COUNT(*) FROM jobs"));

        // The limits themselves are allowed: 5,000 characters and the ends of the ranges.
        var validator = studio.Services.GetRequiredService<SpeechRequestValidator>();
        var (payload, errors2) = await validator.ValidateAsync(
            new SpeechRequest(new string('a', 5000), SpeechApi.Ava, new VoiceSettingsOverride(Speed: 2.0, Pitch: -50), "MP3"), CancellationToken.None);
        Assert.Empty(errors2);
        Assert.Equal("mp3", payload!.Format);
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_return_the_same_job_and_a_different_body_is_a_409()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var body = new { text = "Say this once, please.", voiceId = SpeechApi.Ava };

        var first = await SpeechApi.PostAsync(http, body, "tts-key-1");
        var again = await SpeechApi.PostAsync(http, body, "tts-key-1");
        Assert.Equal(first, again);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tts") { Content = JsonContent.Create(new { text = "Something else.", voiceId = SpeechApi.Ava }) };
        request.Headers.Add("Idempotency-Key", "tts-key-1");
        using var conflict = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        Assert.Contains("tts-key-1", (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var other = await SpeechApi.PostAsync(http, body, "tts-key-2");
        Assert.NotEqual(first, other);
        Assert.Equal(2, RawSqlite.Scalar(studio.DataDirectory, "SELECT COUNT(*) FROM jobs WHERE kind = 'tts'"));
        await SpeechApi.SucceededAsync(studio, http, first);
        await SpeechApi.SucceededAsync(studio, http, other);
    }

    [Fact]
    public async Task The_voices_list_has_english_and_spanish_espeak_voices_of_both_genders_with_settings_and_hides_disabled_ones()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();

        var voices = (await http.GetFromJsonAsync<JsonElement>("/api/voices")).EnumerateArray().ToList();

        var espeak = voices.Where(v => v.GetProperty("provider").GetString() == "espeak-ng").ToList();
        Assert.True(espeak.Count >= 6, $"{espeak.Count} espeak-ng voices");
        foreach (var (prefix, gender) in new[] { ("en", "female"), ("en", "male"), ("es", "female"), ("es", "male") })
        {
            Assert.Contains(espeak, v => v.GetProperty("language").GetString()!.StartsWith(prefix, StringComparison.Ordinal) && v.GetProperty("gender").GetString() == gender);
        }
        Assert.Contains(espeak, v => v.GetProperty("language").GetString() == "es-419");
        Assert.Single(voices, v => v.GetProperty("isDefault").GetBoolean());
        foreach (var voice in voices)
        {
            var settings = voice.GetProperty("settings");
            Assert.InRange(settings.GetProperty("speed").GetDouble(), 0.5, 2.0);
            Assert.InRange(settings.GetProperty("pitch").GetInt32(), -50, 50);
            Assert.False(string.IsNullOrEmpty(voice.GetProperty("name").GetString()));
        }

        await studio.Services.GetRequiredService<VoiceCatalog>().SetEnabledAsync(SpeechApi.Valentina, enabled: false, CancellationToken.None);
        var after = (await http.GetFromJsonAsync<JsonElement>("/api/voices")).EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain(SpeechApi.Valentina, after);
        Assert.Equal(voices.Count - 1, after.Count);
        using var refused = await http.PostAsJsonAsync("/api/tts", new { text = "Hola.", voiceId = SpeechApi.Valentina });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("voiceId", out _));
    }

    /// <summary>About <paramref name="characters"/> characters of varied English sentences.</summary>
    internal static string LongText(int characters)
    {
        string[] sentences =
        [
            "The morning train left the station exactly on time.",
            "Passengers read newspapers while the city slowly woke up outside.",
            "A small dog barked at the pigeons on the platform.",
            "Coffee steamed in paper cups held by tired hands.",
            "Somewhere a radio played an old song about the sea.",
            "The conductor smiled and checked every ticket twice.",
            "Rain began to fall as the train crossed the river.",
        ];
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < characters - 60; i++)
        {
            text.Append(sentences[i % sentences.Length]).Append(' ');
        }
        return text.ToString().Trim();
    }

    /// <summary>The silences ffmpeg's silencedetect finds, as "start-end" texts.</summary>
    private async Task<List<string>> SilencesAsync(string path, double noiseDb, double minimumSeconds)
    {
        var result = await _audio.Runner.RunAsync(new GenScene.Studio.Infrastructure.Processes.ProcessSpec(_audio.Tools.Ffmpeg.Path,
        [
            "-hide_banner", "-nostdin", "-nostats", "-i", path,
            "-af", $"silencedetect=noise={SpeechApi.Invariant(noiseDb)}dB:d={SpeechApi.Invariant(minimumSeconds)}", "-f", "null", "-",
        ]), CancellationToken.None);
        return [.. result.StandardErrorTail.Split('\n').Where(l => l.Contains("silence_start", StringComparison.Ordinal) || l.Contains("silence_end", StringComparison.Ordinal)).Select(l => l.Trim())];
    }

    public void Dispose() => _temp.Dispose();
}
