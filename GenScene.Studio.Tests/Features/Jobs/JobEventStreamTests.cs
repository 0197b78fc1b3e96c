using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobEventStreamTests
{
    [Fact]
    public async Task The_event_stream_sends_each_change_once_in_order_ends_after_success_and_is_counted_while_open()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var id = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(3, Paced: true), null, CancellationToken.None)).Job.Id;

        using var response = await http.GetAsync($"/api/jobs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var status = default(JsonElement);
        var events = await ReadEventsAsync(response, async first =>
        {
            using var statusResponse = await http.GetAsync("/api/sse/status");
            status = await statusResponse.Content.ReadFromJsonAsync<JsonElement>();
        });

        Assert.True(status.GetProperty("activeConnections").GetInt32() >= 1, status.ToString());
        Assert.Equal(1, status.GetProperty("byJob").GetProperty(id).GetInt32());
        var updates = events.Where(e => e.Name == "job_update").Select(e => e.Data).ToList();
        Assert.Equal(events.Count, updates.Count + events.Count(e => e.Name == "heartbeat"));
        Assert.All(updates, u => Assert.Equal("job_update", u.GetProperty("type").GetString()));
        Assert.All(updates, u => Assert.Equal(id, u.GetProperty("jobId").GetString()));
        var progress = updates.Select(u => u.GetProperty("progress").GetInt32()).ToList();
        Assert.Equal(progress.Order(), progress);
        for (var i = 1; i < updates.Count; i++)
        {
            Assert.NotEqual(Key(updates[i - 1]), Key(updates[i]));
        }
        Assert.Contains(updates, u => u.GetProperty("state").GetString() == "running" && u.GetProperty("progress").GetInt32() > 0);
        Assert.Equal("succeeded", updates[^1].GetProperty("state").GetString());
        Assert.Equal(100, updates[^1].GetProperty("progress").GetInt32());
        Assert.Single(updates, u => u.GetProperty("state").GetString() == "succeeded");

        // Closed: the count of open streams goes back down.
        await JobWaits.UntilAsync(async () =>
        {
            using var after = await http.GetAsync("/api/sse/status");
            return !(await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("byJob").TryGetProperty(id, out _);
        }, "the closed stream is no longer counted");

        // A stream opened after the end sends the final state and closes at once.
        using var late = await http.GetAsync($"/api/jobs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        var lateEvent = Assert.Single(await ReadEventsAsync(late));
        Assert.Equal("succeeded", lateEvent.Data.GetProperty("state").GetString());
        using var unknown = await http.GetAsync("/api/jobs/no-such-job/events");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_quiet_job_gets_heartbeats_at_the_configured_interval_until_it_ends()
    {
        var log = new TestJobLog();
        await using var studio = new StudioFactory().With("Jobs:SseHeartbeatSeconds", "1").WithServices(s => s.AddTestJobHandlers(log));
        using var http = studio.CreateClient();
        var id = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(SleepHandler.JobKind, new SleepPayload(4), null, CancellationToken.None)).Job.Id;

        using var response = await http.GetAsync($"/api/jobs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        var events = await ReadEventsAsync(response);

        var heartbeat = events.First(e => e.Name == "heartbeat").Data;
        Assert.Equal("heartbeat", heartbeat.GetProperty("type").GetString());
        Assert.Equal(id, heartbeat.GetProperty("jobId").GetString());
        Assert.True(heartbeat.TryGetProperty("timestamp", out _));
        Assert.Equal("job_update", events[^1].Name);
        Assert.Equal("succeeded", events[^1].Data.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_event_stream_follows_a_job_that_another_process_runs_and_ends_after_its_success()
    {
        // The web studio runs no jobs; a worker (its own notifier, as in another process) shares the database.
        await using var studio = new StudioFactory().With("Jobs:RunnerEnabled", "false").With("Jobs:PollIntervalMilliseconds", "100");
        using var http = studio.CreateClient();
        var id = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(3, Paced: true), null, CancellationToken.None)).Job.Id;
        using var response = await http.GetAsync($"/api/jobs/{id}/events", HttpCompletionOption.ResponseHeadersRead);
        await using var worker = await JobsHost.StartAsync(studio.DataDirectory);

        var updates = (await ReadEventsAsync(response)).Where(e => e.Name == "job_update").Select(e => e.Data).ToList();

        Assert.Equal("queued", updates[0].GetProperty("state").GetString());
        Assert.Contains(updates, u => u.GetProperty("state").GetString() == "running");
        Assert.Equal("succeeded", updates[^1].GetProperty("state").GetString());
        var progress = updates.Select(u => u.GetProperty("progress").GetInt32()).ToList();
        Assert.Equal(progress.Order(), progress);
        for (var i = 1; i < updates.Count; i++)
        {
            Assert.NotEqual(Key(updates[i - 1]), Key(updates[i]));
        }
    }

    private static string Key(JsonElement update) =>
        $"{update.GetProperty("state").GetString()}|{update.GetProperty("progress").GetInt32()}|{update.GetProperty("stage")}";

    /// <summary>Reads server-sent events until the server ends the stream (the deadline only stops a hang).</summary>
    private static async Task<List<(string Name, JsonElement Data)>> ReadEventsAsync(HttpResponseMessage response, Func<JsonElement, Task>? onFirst = null)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
        using var reader = new StreamReader(stream);
        var events = new List<(string, JsonElement)>();
        string? name = null;
        string? data = null;
        while (await reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.Length == 0)
            {
                Assert.NotNull(name);
                Assert.NotNull(data);
                var parsed = JsonDocument.Parse(data).RootElement.Clone();
                events.Add((name, parsed));
                if (events.Count == 1 && onFirst is not null)
                {
                    await onFirst(parsed);
                }
                (name, data) = (null, null);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
        Assert.Null(name); // no half event at the end
        return events;
    }
}
