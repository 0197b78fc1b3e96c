using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Voices;

/// <summary>What the speech tests do over HTTP and read back from the database, independently of the handler.</summary>
internal static class SpeechApi
{
    /// <summary>About 7 s of speech: long enough for loudnorm's two-pass linear mode and ebur128's gating.</summary>
    public const string EnglishText = "The quick brown fox jumps over the lazy dog. GenScene Studio makes messages for your listeners, with music and jingles.";
    public const string SpanishText = "¿Dónde está la biblioteca? Está al lado de la estación, señora. Mañana abrimos a las nueve en punto.";
    public const string Ava = "espeak-ng-en-us-f3";
    public const string Ethan = "espeak-ng-en-us-m3";
    public const string Valentina = "espeak-ng-es-419-f2";
    public const string Diego = "espeak-ng-es-419-m1";
    public const string Carmen = "pico-es-es";
    public const string Emma = "pico-en-us";

    /// <summary>POST /api/tts, asserting 202 and the accepted body; returns the job id.</summary>
    public static async Task<string> PostAsync(HttpClient http, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tts") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        var accepted = JsonDocument.Parse(text).RootElement;
        var id = accepted.GetProperty("jobId").GetString()!;
        Assert.Equal($"/api/jobs/{id}", accepted.GetProperty("statusUrl").GetString());
        Assert.Equal($"/api/jobs/{id}/events", accepted.GetProperty("eventsUrl").GetString());
        Assert.Equal($"/api/jobs/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    /// <summary>Waits for the job to end, asserts it succeeded, returns GET /api/jobs/{id}.</summary>
    public static async Task<JsonElement> SucceededAsync(StudioFactory studio, HttpClient http, string jobId)
    {
        var job = await studio.Services.GetRequiredService<JobQueries>().WaitForAsync(jobId, j => j.State.IsTerminal(), TimeSpan.FromMinutes(3));
        Assert.True(job.State == JobState.Succeeded, $"job {jobId} ended {job.State.Name()}: {job.ErrorClass} {job.ErrorMessage}");
        return await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
    }

    public static async Task<string> PostAndWaitAsync(StudioFactory studio, HttpClient http, object body)
    {
        var id = await PostAsync(http, body);
        await SucceededAsync(studio, http, id);
        return id;
    }

    /// <summary>Downloads a served file of the job into <paramref name="directory"/>; asserts 200 and the content type.</summary>
    public static async Task<string> DownloadAsync(HttpClient http, string jobId, string name, string directory, string? contentType = null)
    {
        using var response = await http.GetAsync($"/files/{jobId}/{name}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/files/{jobId}/{name}: {(int)response.StatusCode}");
        if (contentType is not null)
        {
            Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        }
        var path = Path.Combine(directory, $"{jobId}-{name}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    public static SpeechRow Row(string dataDirectory, string jobId) => Assert.Single(RawSqlite.Query(dataDirectory,
        "SELECT voice_id, engine, duration_seconds, integrated_lufs, true_peak_db, cache_hits, cache_misses FROM speech_results WHERE job_id = $id",
        r => new SpeechRow(r.GetString(0), r.GetString(1), r.GetDouble(2), r.IsDBNull(3) ? null : r.GetDouble(3), r.IsDBNull(4) ? null : r.GetDouble(4),
            r.GetInt32(5), r.GetInt32(6)),
        ("$id", jobId)));

    public static long CacheRows(string dataDirectory) => RawSqlite.Scalar(dataDirectory, "SELECT COUNT(*) FROM audio_cache");

    /// <summary>Bytes of every file under data/cache/audio, as the disk has them.</summary>
    public static long CacheBytesOnDisk(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "cache", "audio");
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
    }

    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

internal sealed record SpeechRow(string VoiceId, string Engine, double DurationSeconds, double? IntegratedLufs, double? TruePeakDb, int CacheHits, int CacheMisses);
