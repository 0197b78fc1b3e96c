using System.Collections.Concurrent;
using System.Text.Json;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Features.Voices.ElevenLabs;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) that answers like the ElevenLabs API as it is
/// documented: POST /v1/text-to-speech/{voice_id} with the xi-api-key header and a JSON body gives MP3
/// bytes (a real 2 s sine made by ffmpeg) as audio/mpeg; GET /v1/voices gives a small voice list; a
/// wrong key is 401 with ElevenLabs' error JSON; a missing body field is 422. Every request is recorded.
/// </summary>
public sealed class FakeElevenLabs : IAsyncDisposable
{
    public const string VoiceId = "21m00Tcm4TlvDq8ikWAM"; // ElevenLabs' "Rachel" premade voice id
    public const string SpanishVoiceId = "es-fake-voice-1";
    public const double Mp3Seconds = 2.0;

    private static readonly Lazy<Task<byte[]>> Mp3 = new(CreateMp3Async);
    private readonly WebApplication _app;
    private readonly string _apiKey;
    private readonly byte[] _audio;

    private FakeElevenLabs(WebApplication app, string apiKey, byte[] audio)
    {
        _app = app;
        _apiKey = apiKey;
        _audio = audio;
    }

    /// <summary>http://127.0.0.1:{port}, without a trailing slash.</summary>
    public string Url { get; private set; } = "";

    /// <summary>When set, text-to-speech answers this status with an ElevenLabs-style error (voices still work).</summary>
    public int? FailSpeechWith { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public IReadOnlyList<RecordedRequest> SpeechRequests => [.. Requests.Where(r => r.Path.StartsWith("/v1/text-to-speech/", StringComparison.Ordinal))];

    public static async Task<FakeElevenLabs> StartAsync(string apiKey = "test-key")
    {
        var audio = await Mp3.Value;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeElevenLabs(app, apiKey, audio);
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/v1/text-to-speech/{voiceId}", fake.SpeakAsync);
        app.MapGet("/v1/voices", fake.Voices);
        await app.StartAsync();
        fake.Url = app.Urls.Single().TrimEnd('/');
        return fake;
    }

    private async Task<IResult> SpeakAsync(string voiceId, HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        JsonElement? body = null;
        try
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            // recorded as it came; refused below
        }
        var recorded = Record(http, body);
        if (Unauthorized(recorded) is { } refused)
        {
            return refused;
        }
        if (FailSpeechWith is { } status)
        {
            return Results.Json(new { detail = new { status = "internal_error", message = "The fake was told to fail." } }, statusCode: status);
        }
        if (body is not { ValueKind: JsonValueKind.Object } json)
        {
            return Invalid("body", "a JSON object is required");
        }
        foreach (var field in new[] { "text", "model_id" })
        {
            if (!json.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Length == 0)
            {
                return Invalid(field, "field required");
            }
        }
        if (json.TryGetProperty("voice_settings", out var settings))
        {
            if (settings.TryGetProperty("speed", out var speed) && speed.GetDouble() is < 0.7 or > 1.2)
            {
                return Results.Json(new { detail = new { status = "invalid_voice_settings", message = "speed must be between 0.7 and 1.2" } }, statusCode: 400);
            }
        }
        if (voiceId is not (VoiceId or SpanishVoiceId))
        {
            return Results.Json(new { detail = new { status = "voice_not_found", message = $"A voice with the voice_id {voiceId} was not found." } }, statusCode: 404);
        }
        return Results.Bytes(_audio, "audio/mpeg");
    }

    private IResult Voices(HttpContext http)
    {
        var recorded = Record(http, null);
        if (Unauthorized(recorded) is { } refused)
        {
            return refused;
        }
        return Results.Json(new
        {
            voices = new object[]
            {
                new
                {
                    voice_id = VoiceId, name = "Rachel", category = "premade", description = (string?)null,
                    labels = new Dictionary<string, string> { ["accent"] = "american", ["gender"] = "female", ["description"] = "calm", ["age"] = "young" },
                    fine_tuning = new { language = (string?)null },
                },
                new
                {
                    voice_id = SpanishVoiceId, name = "Lucía Cloud", category = "cloned", description = "Warm Castilian narrator",
                    labels = new Dictionary<string, string> { ["accent"] = "castilian", ["gender"] = "female", ["language"] = "es" },
                    fine_tuning = new { language = "es" },
                },
                new
                {
                    voice_id = "fine-tuned-pt", name = "Tiago", category = "professional", description = (string?)null,
                    labels = new Dictionary<string, string> { ["gender"] = "male" },
                    fine_tuning = new { language = "pt" },
                },
            },
        });
    }

    private RecordedRequest Record(HttpContext http, JsonElement? body)
    {
        var recorded = new RecordedRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "",
            http.Request.Headers["xi-api-key"].ToString(), http.Request.Headers.Accept.ToString(), http.Request.ContentType, body);
        Requests.Enqueue(recorded);
        return recorded;
    }

    private IResult? Unauthorized(RecordedRequest request) => request.ApiKey == _apiKey
        ? null
        : Results.Json(new { detail = new { status = "invalid_api_key", message = "Invalid API key" } }, statusCode: 401);

    private static IResult Invalid(string field, string message) =>
        Results.Json(new { detail = new[] { new { loc = new[] { "body", field }, msg = message, type = "value_error.missing" } } }, statusCode: 422);

    /// <summary>A real MP3: 2 s of a 300 Hz sine, encoded by ffmpeg's libmp3lame, made once per test run.</summary>
    private static async Task<byte[]> CreateMp3Async()
    {
        using var temp = new TempDirectory("genscene-fake-elevenlabs");
        var path = temp.Combine("sine.mp3");
        await new ProcessRunner(NullLogger<ProcessRunner>.Instance).RunAsync(new ProcessSpec("ffmpeg",
            ["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i", $"sine=frequency=300:duration={Mp3Seconds}",
             "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "128k", path]), CancellationToken.None);
        return await File.ReadAllBytesAsync(path);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>What the fake received: enough to check a request against the documented API.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string ApiKey, string Accept, string? ContentType, JsonElement? Body);
