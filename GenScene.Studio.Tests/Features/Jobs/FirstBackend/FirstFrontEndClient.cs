using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace GenScene.Studio.Tests.Features.Jobs.FirstBackend;

/// <summary>
/// Behaves like the first GenScene backend's web front end: its own HttpClient, X-API-Key and the
/// X-Client-ID it always sends, only the paths and snake_case fields it knows, and its one-second
/// polling loop. Nothing here knows today's contract (no jobId, no /api/jobs/{id}).
/// </summary>
public sealed class FirstFrontEndClient : IDisposable
{
    public const string ClientId = "lovable-frontend-test";

    private readonly HttpClient _http;

    public FirstFrontEndClient(Uri studio, string apiKey, string origin)
    {
        _http = new HttpClient { BaseAddress = studio, Timeout = TimeSpan.FromMinutes(3) };
        _http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        _http.DefaultRequestHeaders.Add("X-Client-ID", ClientId);
        _http.DefaultRequestHeaders.Add("Origin", origin);
    }

    /// <summary>Every status the polling loop saw, in order (repeats collapsed).</summary>
    public List<string> StatusesSeen { get; } = [];

    public async Task<bool> BackendConnectedAsync()
    {
        using var response = await _http.GetAsync("/health");
        return response.IsSuccessStatusCode;
    }

    public async Task<(string JobId, string AudioUrl)> SpeakAsync(string text, string? clientJobId, string? voice)
    {
        using var response = await _http.PostAsJsonAsync("/api/tts", new Dictionary<string, string?> { ["text"] = text, ["job_id"] = clientJobId, ["voice"] = voice });
        var body = await ReadSuccessAsync(response);
        return (body.GetProperty("job_id").GetString()!, body.GetProperty("audio_url").GetString()!);
    }

    public async Task<(string JobId, string VideoUrl)> ComposeAsync(object episode)
    {
        using var response = await _http.PostAsJsonAsync("/api/compose", episode);
        var body = await ReadSuccessAsync(response);
        return (body.GetProperty("job_id").GetString()!, body.GetProperty("video_url").GetString()!);
    }

    /// <summary>Polls GET /api/status?job_id= once a second until completed or failed, as the front end does.</summary>
    public async Task<JsonElement> PollUntilDoneAsync(string jobId, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            using var response = await _http.GetAsync($"/api/status?job_id={Uri.EscapeDataString(jobId)}");
            var status = await ReadSuccessAsync(response);
            var name = status.GetProperty("status").GetString()!;
            if (StatusesSeen.Count == 0 || StatusesSeen[^1] != name)
            {
                StatusesSeen.Add(name);
            }
            if (name is "completed" or "failed")
            {
                return status;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Job {jobId} still '{name}' after {limit}.");
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public async Task<byte[]> FetchAsync(string url)
    {
        using var response = await _http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The Jobs Hub's listener: job_update events' job_id and numeric timestamp, until the stream ends.</summary>
    public async Task<List<(string JobId, double Timestamp, string State)>> ListenAsync(string jobId)
    {
        var updates = new List<(string, double, string)>();
        using var response = await _http.GetAsync($"/api/jobs/{jobId}/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? eventName = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "job_update")
            {
                var data = JsonDocument.Parse(line["data: ".Length..]).RootElement;
                // The old handler: data.job_id and Number(data.timestamp).
                updates.Add((data.GetProperty("job_id").GetString()!, data.GetProperty("timestamp").GetDouble(), data.GetProperty("state").GetString()!));
            }
        }
        return updates;
    }

    private static async Task<JsonElement> ReadSuccessAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        }
        return JsonDocument.Parse(text).RootElement;
    }

    public static string Seconds(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public void Dispose() => _http.Dispose();
}
