using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace GenScene.Studio.Tests.Features.Jobs.FirstBackend;

/// <summary>
/// The first GenScene backend's front end, pointed at a real studio process, does what it always did:
/// speech and composition to the end through its own paths and fields, style previews without /api,
/// and (in Chromium, from an allowed origin) preflighted requests with its two headers.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class FirstFrontEndTests(BrowserFixture fixture) : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FirstFrontEndClient _client = new(fixture.Studio.BaseAddress, TestCredentials.AdminKey, fixture.FrontEndOrigin);

    [Fact]
    public async Task Speech_by_voice_name_polls_from_pending_to_completed_streams_numeric_timestamps_and_fetches_the_wav()
    {
        Assert.True(await _client.BackendConnectedAsync());
        var (jobId, audioUrl) = await _client.SpeakAsync("Hola, bienvenidos a la tienda de frutas.", "episode-12-scene-3", "lucía");

        // The studio's id is authoritative: the client's own name is kept as a reference, not used as the id.
        Assert.NotEqual("episode-12-scene-3", jobId);
        Assert.Equal($"/files/{jobId}/tts.wav", audioUrl);
        var listening = _client.ListenAsync(jobId);
        var status = await _client.PollUntilDoneAsync(jobId, TimeSpan.FromMinutes(2));

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(jobId, status.GetProperty("job_id").GetString());
        Assert.Equal(100, status.GetProperty("progress").GetInt32());
        Assert.Equal(audioUrl, status.GetProperty("audio_url").GetString());
        Assert.False(status.TryGetProperty("error", out _));
        Assert.Subset(new HashSet<string> { "pending", "processing", "completed" }, _client.StatusesSeen.ToHashSet());

        var updates = await listening.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.NotEmpty(updates);
        Assert.All(updates, u => Assert.Equal(jobId, u.JobId));
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        Assert.All(updates, u => Assert.InRange(u.Timestamp, now - 600, now + 5));
        Assert.Equal("succeeded", updates[^1].State);

        var wav = Path.Combine(_temp.Path, "speech.wav");
        await File.WriteAllBytesAsync(wav, await _client.FetchAsync(audioUrl));
        var probe = await ProbeAsync(wav, "stream=codec_name:format=duration");
        Assert.StartsWith("pcm_s16le", probe[0]);
        Assert.InRange(double.Parse(probe[1], System.Globalization.CultureInfo.InvariantCulture), 1.0, 10.0);

        // Spanish voice chosen by its name, and the reference found by today's API.
        using var http = ApiClient();
        var job = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
        Assert.Equal("episode-12-scene-3", job.GetProperty("externalReference").GetString());
        var found = await http.GetFromJsonAsync<JsonElement>("/api/jobs?reference=episode-12-scene-3");
        Assert.Contains(found.EnumerateArray(), j => j.GetProperty("id").GetString() == jobId);

        // And shown on the job's page.
        var page = await fixture.OpenAsync($"/jobs/{jobId}");
        await Assertions.Expect(page.Locator("#job-reference")).ToHaveTextAsync("episode-12-scene-3");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_composition_polls_to_completed_and_its_video_url_is_a_playable_h264_mp4()
    {
        var (jobId, videoUrl) = await _client.ComposeAsync(new
        {
            title = "La tienda",
            resolution = "1080x1080",
            job_id = "episode-12",
            scenes = new[] { new { text = "Fruta fresca cada mañana." }, new { text = "Gracias por su visita." } },
        });
        Assert.Equal($"/files/{jobId}/episode.mp4", videoUrl);

        var status = await _client.PollUntilDoneAsync(jobId, TimeSpan.FromMinutes(5));

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(videoUrl, status.GetProperty("video_url").GetString());
        Assert.False(status.TryGetProperty("audio_url", out _));
        var mp4 = Path.Combine(_temp.Path, "episode.mp4");
        await File.WriteAllBytesAsync(mp4, await _client.FetchAsync(videoUrl));
        var probe = await ProbeAsync(mp4, "stream=codec_name,width:format=duration", "-select_streams", "v:0");
        Assert.Equal("h264,1080", probe[0]);
        Assert.InRange(double.Parse(probe[1], System.Globalization.CultureInfo.InvariantCulture), 2.0, 20.0);
    }

    [Fact]
    public async Task Style_previews_answer_without_api_with_the_same_credentials_as_with_it()
    {
        var png = await _client.FetchAsync("/styles/film-noir/preview");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var overview = JsonDocument.Parse(await _client.FetchAsync("/styles/previews/overview")).RootElement;
        Assert.True(overview.ValueKind is JsonValueKind.Array or JsonValueKind.Object, overview.ToString());
        var vintage = JsonDocument.Parse(await _client.FetchAsync("/styles/previews/vintage")).RootElement.ToString();
        Assert.Contains("film-noir", vintage);

        using var anonymous = new HttpClient { BaseAddress = fixture.Studio.BaseAddress };
        using var noKey = await anonymous.GetAsync("/styles/film-noir/preview");
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        using var noKeyGenerate = await anonymous.PostAsync("/styles/previews/generate-all", null);
        Assert.Equal(HttpStatusCode.Unauthorized, noKeyGenerate.StatusCode);
        using var unknownCategory = await ApiClient().GetAsync("/styles/previews/no-such-category");
        Assert.Equal(HttpStatusCode.NotFound, unknownCategory.StatusCode);
        Assert.Equal("application/problem+json", unknownCategory.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bad_polls_and_bad_references_are_problems_naming_the_field()
    {
        using var http = ApiClient();
        using var missing = await http.GetAsync("/api/status");
        await AssertProblemAsync(missing, HttpStatusCode.BadRequest, "job_id");
        using var unknown = await http.GetAsync("/api/status?job_id=episode-12-scene-3");
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "episode-12-scene-3");
        using var tooLong = await http.PostAsJsonAsync("/api/tts", new Dictionary<string, string> { ["text"] = "Hola.", ["job_id"] = new string('x', 201) });
        await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest, "job_id");
        using var noVoice = await http.PostAsJsonAsync("/api/tts", new Dictionary<string, string> { ["text"] = "Hola.", ["voice"] = "Nobody" });
        await AssertProblemAsync(noVoice, HttpStatusCode.BadRequest, "Nobody");
    }

    [Fact]
    public async Task Todays_clients_still_get_iso_timestamps_and_also_job_id_and_ts()
    {
        using var http = ApiClient();
        using var queued = await http.PostAsJsonAsync("/api/tts", new { text = "Hello again." });
        var jobId = (await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var first = JsonDocument.Parse(await FirstDataAsync(http, jobId)).RootElement;
        Assert.Equal(JsonValueKind.String, first.GetProperty("timestamp").ValueKind);
        Assert.True(DateTimeOffset.TryParse(first.GetProperty("timestamp").GetString(), out var at));
        Assert.Equal(at.ToUnixTimeMilliseconds() / 1000.0, first.GetProperty("ts").GetDouble(), 3);
        Assert.Equal(jobId, first.GetProperty("job_id").GetString());
        Assert.Equal(jobId, first.GetProperty("jobId").GetString());
    }

    [Fact]
    public async Task In_chromium_a_front_end_on_an_allowed_origin_sends_its_two_headers_the_preflight_may_be_cached_and_other_origins_are_refused()
    {
        using var frontEnd = FrontEndPage.Serve(fixture.FrontEndOrigin);
        using var elsewhere = FrontEndPage.Serve($"http://localhost:{StudioProcess.FreePort()}");
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.FrontEndOrigin + "/");

        var call = """
            async ([studio, key]) => {
              const response = await fetch(studio + 'api/tts', { method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-API-Key': key, 'X-Client-ID': 'lovable' },
                body: JSON.stringify({ text: 'Hola desde el navegador.', job_id: 'browser-1' }) });
              const body = await response.json();
              return { status: response.status, job_id: body.job_id, audio_url: body.audio_url };
            }
            """;
        var result = await page.EvaluateAsync<JsonElement>(call, new[] { fixture.Studio.BaseAddress.ToString(), TestCredentials.AdminKey });
        Assert.Equal(202, result.GetProperty("status").GetInt32());
        Assert.StartsWith("/files/", result.GetProperty("audio_url").GetString());
        // Chromium keeps its preflights to itself; the one it sent is asked again to read what it was told.
        using var http = new HttpClient { BaseAddress = fixture.Studio.BaseAddress };
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/tts");
        preflight.Headers.Add("Origin", fixture.FrontEndOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key,x-client-id");
        using var answer = await http.SendAsync(preflight);
        Assert.Equal(fixture.FrontEndOrigin, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-client-id", string.Join(",", answer.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", answer.Headers.GetValues("Access-Control-Max-Age").Single());

        // Another origin is refused by the browser.
        await page.GotoAsync(elsewhere.Origin + "/");
        var refused = await page.EvaluateAsync<string>("""
            async ([studio, key]) => {
              try { await fetch(studio + 'api/jobs', { headers: { 'X-API-Key': key, 'X-Client-ID': 'x' } }); return 'allowed'; }
              catch (e) { return 'refused'; }
            }
            """, new[] { fixture.Studio.BaseAddress.ToString(), TestCredentials.AdminKey });
        Assert.Equal("refused", refused);
        await context.DisposeAsync();
    }

    private HttpClient ApiClient()
    {
        var http = new HttpClient { BaseAddress = fixture.Studio.BaseAddress };
        http.DefaultRequestHeaders.Add("X-API-Key", TestCredentials.AdminKey);
        return http;
    }

    private static async Task<string> FirstDataAsync(HttpClient http, string jobId)
    {
        using var response = await http.GetAsync($"/api/jobs/{jobId}/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }
        throw new InvalidOperationException("The stream ended without an event.");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string named)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string[]> ProbeAsync(string path, string entries, params string[] more)
    {
        var runner = new ProcessRunner(NullLogger<ProcessRunner>.Instance);
        var result = await runner.RunAsync(new ProcessSpec("ffprobe", ["-v", "error", .. more, "-show_entries", entries, "-of", "csv=p=0", path]), CancellationToken.None);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public void Dispose()
    {
        _client.Dispose();
        _temp.Dispose();
    }
}
