using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobCancelTests
{
    [Fact]
    public async Task Cancelling_a_running_job_over_http_answers_202_stops_it_and_kills_its_process()
    {
        var log = new TestJobLog();
        await using var studio = new StudioFactory().WithServices(s => s.AddTestJobHandlers(log));
        using var http = studio.CreateClient();
        var queries = studio.Services.GetRequiredService<JobQueries>();
        var id = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(SleepHandler.JobKind, new SleepPayload(60), null, CancellationToken.None)).Job.Id;
        await queries.WaitForAsync(id, j => j.State == JobState.Running && log.SleepPids.ContainsKey(id));
        var pid = log.SleepPids[id];
        Assert.True(Signals.IsAlive(pid), "the sleep runs");

        using var response = await http.PostAsync($"/api/jobs/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/jobs/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        var cancelled = await queries.WaitForAsync(id, j => j.State.IsTerminal(), TimeSpan.FromSeconds(30));
        Assert.Equal(JobState.Cancelled, cancelled.State);
        Assert.False(Signals.IsAlive(pid), "the sleep process is gone");
        Assert.Equal("Cancelled", cancelled.ErrorClass);
        Assert.Equal(1, cancelled.Attempts);
        Assert.NotNull(cancelled.FinishedAt);
        Assert.Null(cancelled.LeaseOwner);
        Assert.Equal(JobState.Cancelled, cancelled.Events[^1].State);

        using var again = await http.PostAsync($"/api/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        using var unknown = await http.PostAsync("/api/jobs/no-such-job/cancel", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_cancel_asked_in_another_process_reaches_the_runner_at_its_next_heartbeat_and_kills_the_process()
    {
        using var data = new TempDirectory("genscene-jobs");
        var log = new TestJobLog();
        await using var worker = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?> { ["Jobs:LeaseSeconds"] = "3" }, s => s.AddTestJobHandlers(log));
        await using var web = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?> { ["Jobs:RunnerEnabled"] = "false" }, s => s.AddTestJobHandlers(log));
        var id = (await web.Queue.EnqueueAsync(SleepHandler.JobKind, new SleepPayload(60), null, CancellationToken.None)).Job.Id;
        await web.WaitForAsync(id, j => j.State == JobState.Running && log.SleepPids.ContainsKey(id));
        var pid = log.SleepPids[id];

        var requested = await web.Queue.CancelAsync(id, CancellationToken.None);

        Assert.Equal(JobState.Running, requested.State);
        Assert.True(requested.CancelRequested);
        var cancelled = await web.WaitForAsync(id, j => j.State.IsTerminal(), TimeSpan.FromSeconds(30));
        Assert.Equal(JobState.Cancelled, cancelled.State);
        Assert.False(Signals.IsAlive(pid), "the sleep process is gone");
    }
}
