using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GenScene.Studio.Tests.Features.Security;

/// <summary>Limits a misbehaving client meets: body size, malformed JSON, request rate, open streams, CORS.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task An_oversized_json_body_is_413_and_malformed_json_is_400_with_problem_details_and_no_stack_trace()
    {
        await using var studio = new StudioFactory().With("GenScene:MaxJsonKilobytes", "1");
        using var http = studio.CreateClient();

        using var big = await http.PostAsync("/api/tts", new StringContent(JsonSerializer.Serialize(new { text = new string('a', 4000) }), Encoding.UTF8, "application/json"));
        var tooLarge = await ProblemAsync(big, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("GenScene:MaxJsonKilobytes", tooLarge.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var broken = await http.PostAsync("/api/episodes", new StringContent("{\"title\": \"x\", \"scenes\": [", Encoding.UTF8, "application/json"));
        var malformed = await ProblemAsync(broken, HttpStatusCode.BadRequest);
        var detail = malformed.GetProperty("detail").GetString()!;
        Assert.Contains("JSON", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", malformed.ToString(), StringComparison.Ordinal);

        using var wrongType = await http.PostAsync("/api/tts", new StringContent("{\"text\": 42}", Encoding.UTF8, "application/json"));
        Assert.Contains("text", (await ProblemAsync(wrongType, HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clients_malformed_json_is_not_logged_as_an_error_of_the_studio()
    {
        var logs = new CapturedLogs();
        await using var studio = new StudioFactory().WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var http = studio.CreateClient();

        using var broken = await http.PostAsync("/api/episodes", new StringContent("{\"title\": \"x\", \"scenes\": [", Encoding.UTF8, "application/json"));

        await ProblemAsync(broken, HttpStatusCode.BadRequest);
        Assert.Empty(logs.AtLeast(LogLevel.Error));
        // Its request line is there, at Information.
        Assert.Contains(logs.AtLeast(LogLevel.Information), l => l.StartsWith("Information Serilog.AspNetCore.RequestLoggingMiddleware:", StringComparison.Ordinal) && l.Contains("responded 400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Job_requests_over_the_keys_rate_get_429_with_retry_after_and_another_key_is_not_affected()
    {
        await using var studio = new StudioFactory().With("GenScene:JobRequestsPerMinute", "2").With("Jobs:RunnerEnabled", "false");
        using var http = studio.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/tts", new { text = $"Request {i}." });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After is given in seconds");
                await ProblemAsync(response, HttpStatusCode.TooManyRequests);
            }
        }
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);

        var other = await studio.Services.GetRequiredService<GenScene.Studio.Features.Security.ApiKeys.ApiKeyService>()
            .CreateAsync("other", ["generate"], CancellationToken.None);
        using var otherClient = studio.CreateClientWithKey(other.Secret);
        using var fresh = await otherClient.PostAsJsonAsync("/api/tts", new { text = "Another key." });
        Assert.Equal(HttpStatusCode.Accepted, fresh.StatusCode);
    }

    [Fact]
    public async Task A_key_may_hold_only_its_cap_of_open_event_streams()
    {
        await using var studio = new StudioFactory().With("GenScene:MaxStreamsPerKey", "1").WithServices(s => s.AddTestJobHandlers(new TestJobLog()));
        using var http = studio.CreateClient();
        var queue = studio.Services.GetRequiredService<JobQueue>();
        var job = (await queue.EnqueueAsync(SleepHandler.JobKind, new SleepPayload(60), null, CancellationToken.None)).Job.Id;

        using var first = await http.GetAsync($"/api/jobs/{job}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await http.GetAsync($"/api/jobs/{job}/events", HttpCompletionOption.ResponseHeadersRead);
        await ProblemAsync(second, HttpStatusCode.TooManyRequests);
        await queue.CancelAsync(job, CancellationToken.None);
    }

    [Fact]
    public async Task Cors_answers_only_the_configured_origins()
    {
        await using var studio = new StudioFactory().With("GenScene:CorsOrigins:0", "https://app.example.test");
        using var http = studio.CreateClient();
        foreach (var (origin, allowed) in new[] { ("https://app.example.test", true), ("https://evil.example.test", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/jobs");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
            using var response = await http.SendAsync(preflight);
            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
