using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobsApiTests
{
    [Fact]
    public async Task Bad_input_gets_problem_details_and_the_list_filters_by_state_and_kind_newest_first()
    {
        var log = new TestJobLog();
        // One slot: while one sleep runs, the next stays queued.
        await using var studio = new StudioFactory().With("Jobs:Slots", "1").With("Jobs:DefaultMaxAttempts", "1").WithServices(s => s.AddTestJobHandlers(log));
        using var http = studio.CreateClient();
        var queue = studio.Services.GetRequiredService<JobQueue>();
        var queries = studio.Services.GetRequiredService<JobQueries>();

        var dead = (await queue.EnqueueAsync(FailHandler.JobKind, new FailPayload("api"), null, CancellationToken.None)).Job.Id;
        await queries.WaitForAsync(dead, j => j.State == JobState.Dead);
        var succeeded = (await queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(1), null, CancellationToken.None)).Job.Id;
        await queries.WaitForAsync(succeeded, j => j.State == JobState.Succeeded);
        var running = (await queue.EnqueueAsync(SleepHandler.JobKind, new SleepPayload(60), null, CancellationToken.None)).Job.Id;
        await queries.WaitForAsync(running, j => j.State == JobState.Running);
        var queued = (await queue.EnqueueAsync(SleepHandler.JobKind, new SleepPayload(60), null, CancellationToken.None)).Job.Id;

        // Unknown ids.
        using (var response = await http.GetAsync("/api/jobs/unknown-job-42"))
        {
            var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
            Assert.Contains("unknown-job-42", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var response = await http.PostAsync("/api/jobs/unknown-job-42/retry", null))
        {
            await ProblemAsync(response, HttpStatusCode.NotFound);
        }

        // Retry only what has ended badly.
        foreach (var (id, state) in new[] { (running, "running"), (queued, "queued"), (succeeded, "succeeded") })
        {
            using var response = await http.PostAsync($"/api/jobs/{id}/retry", null);
            var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
            Assert.Contains($"is {state}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // Bad query values.
        using (var response = await http.GetAsync("/api/jobs?state=bogus"))
        {
            var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains("bogus", problem.GetProperty("errors").GetProperty("state")[0].GetString(), StringComparison.Ordinal);
        }
        foreach (var limit in new[] { "0", "501", "-1" })
        {
            using var response = await http.GetAsync($"/api/jobs?limit={limit}");
            var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _), problem.ToString());
        }

        // Lists: newest first, filtered, paged.
        Assert.Equal([queued, running, succeeded, dead], await IdsAsync(http, "/api/jobs"));
        Assert.Equal([running], await IdsAsync(http, "/api/jobs?state=running"));
        Assert.Equal([queued], await IdsAsync(http, "/api/jobs?state=queued"));
        Assert.Equal([queued, running], await IdsAsync(http, $"/api/jobs?kind={SleepHandler.JobKind}"));
        Assert.Equal([queued], await IdsAsync(http, $"/api/jobs?kind={SleepHandler.JobKind}&state=queued"));
        Assert.Empty(await IdsAsync(http, $"/api/jobs?kind={CountHandler.JobKind}&state=dead"));
        Assert.Equal([queued], await IdsAsync(http, "/api/jobs?limit=1"));
        Assert.Equal([running, succeeded], await IdsAsync(http, $"/api/jobs?limit=2&before={queued}"));
        Assert.Equal([dead], await IdsAsync(http, "/api/jobs/dead"));

        var deadJob = await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{dead}");
        Assert.Equal("dead", deadJob.GetProperty("state").GetString());
        Assert.Equal(1, deadJob.GetProperty("attempts").GetInt32());
        Assert.Equal(FailHandler.MessageFor(new FailPayload("api")), deadJob.GetProperty("error").GetString());

        // A dead job can be retried: 202, queued again (behind the running sleep) from attempt 0.
        using (var response = await http.PostAsync($"/api/jobs/{dead}/retry", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("queued", body.GetProperty("state").GetString());
            Assert.Equal(0, body.GetProperty("attempts").GetInt32());
        }
        Assert.Empty(await IdsAsync(http, "/api/jobs/dead"));

        // A queued job is cancelled at once.
        foreach (var id in new[] { queued, dead })
        {
            using var response = await http.PostAsync($"/api/jobs/{id}/cancel", null);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal("cancelled", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        }
        (await http.PostAsync($"/api/jobs/{running}/cancel", null)).Dispose();
        await queries.WaitForAsync(running, j => j.State == JobState.Cancelled);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode} instead of {(int)expected}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static async Task<List<string>> IdsAsync(HttpClient http, string url)
    {
        var jobs = await http.GetFromJsonAsync<JsonElement>(url);
        return [.. jobs.EnumerateArray().Select(j => j.GetProperty("id").GetString()!)];
    }
}
