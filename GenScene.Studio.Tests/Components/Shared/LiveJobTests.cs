using Bunit;
using GenScene.Studio.Components.Shared;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace GenScene.Studio.Tests.Components;

public sealed class LiveJobTests
{
    // No runner takes a job: each test moves its job along itself (claim, finish, fail) and publishes what a runner would.
    private static readonly Dictionary<string, string?> NoRunner = new() { ["Jobs:RunnerEnabled"] = "false" };

    private static JobStore Store(JobsHost jobs) => jobs.Services.GetRequiredService<JobStore>();

    /// <summary>A queued render check (any known kind would do: nothing runs it).</summary>
    private static async Task<string> EnqueueAsync(JobsHost jobs) =>
        (await jobs.Queue.EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(1), null, CancellationToken.None)).Job.Id;

    [Fact]
    public async Task A_running_job_shows_its_progress_stage_and_time_left_then_the_finished_content()
    {
        using var data = new TempDirectory("genscene-live-job");
        await using var jobs = await JobsHost.StartAsync(data.Path, NoRunner);
        await using var ctx = NewContext(jobs);
        var id = await EnqueueAsync(jobs);
        Job? finished = null;
        var cut = ctx.Render<LiveJob>(p => p
            .Add(x => x.JobId, id)
            .Add(x => x.ChildContent, job => $"<p id=\"done\">Done: {job.State.Name()}</p>")
            .Add(x => x.Finished, job => finished = job));
        Assert.Equal("queued", cut.Find(".job-progress").GetAttribute("data-state"));

        var claimed = (await Store(jobs).TryClaimAsync("test", TimeSpan.FromMinutes(1), CancellationToken.None))!;
        var started = DateTimeOffset.UtcNow.AddSeconds(-10);
        jobs.Notifier.Publish(new JobUpdate(id, claimed.Kind, JobState.Running, 0, "starting", started));
        jobs.Notifier.Publish(new JobUpdate(id, claimed.Kind, JobState.Running, 50, "encoding", DateTimeOffset.UtcNow));

        cut.WaitForAssertion(() =>
        {
            var bar = cut.Find(".job-progress");
            Assert.Equal("running", bar.GetAttribute("data-state"));
            Assert.Equal("50", bar.GetAttribute("data-progress"));
            Assert.Equal("50", cut.Find(".mud-progress-linear").GetAttribute("aria-valuenow"));
            Assert.Equal("50%", cut.Find(".job-progress-value").TextContent.Trim());
            Assert.Equal("encoding", cut.Find(".job-stage").TextContent.Trim());
            // Half done in about ten seconds: about ten more.
            Assert.Matches(@"^about 1[01] s left$", cut.Find(".live-job-remaining").TextContent.Trim());
        });
        Assert.Empty(cut.FindAll("#done"));

        Assert.True(await Store(jobs).CompleteAsync(claimed, [], "done", CancellationToken.None));
        jobs.Notifier.Publish(new JobUpdate(id, claimed.Kind, JobState.Succeeded, 100, "done", DateTimeOffset.UtcNow));

        cut.WaitForAssertion(() => Assert.Equal("Done: succeeded", cut.Find("#done").TextContent));
        Assert.Empty(cut.FindAll(".job-progress"));
        Assert.Equal(JobState.Succeeded, finished?.State);
    }

    [Fact]
    public async Task A_job_that_dies_shows_its_error_and_not_the_finished_content()
    {
        using var data = new TempDirectory("genscene-live-job");
        await using var jobs = await JobsHost.StartAsync(data.Path, NoRunner);
        await using var ctx = NewContext(jobs);
        var id = await EnqueueAsync(jobs);
        var cut = ctx.Render<LiveJob>(p => p
            .Add(x => x.JobId, id)
            .Add(x => x.ChildContent, _ => "<p id=\"done\">Done</p>"));

        var claimed = (await Store(jobs).TryClaimAsync("test", TimeSpan.FromMinutes(1), CancellationToken.None))!;
        jobs.Notifier.Publish(new JobUpdate(id, claimed.Kind, JobState.Running, 30, "encoding", DateTimeOffset.UtcNow));
        cut.WaitForAssertion(() => Assert.Equal("30", cut.Find(".job-progress").GetAttribute("data-progress")));

        const string error = "ffmpeg exited with code 1: no such filter";
        Assert.True(await Store(jobs).FailAsync(claimed, JobState.Dead, DateTimeOffset.UtcNow, "ToolFailed", error, CancellationToken.None));
        jobs.Notifier.Publish(new JobUpdate(id, claimed.Kind, JobState.Dead, 30, "encoding", DateTimeOffset.UtcNow, error));

        cut.WaitForAssertion(() => Assert.Equal($"Failed: {error}", cut.Find(".live-job-error .mud-alert-message").TextContent.Trim()));
        Assert.Contains("mud-alert-outlined-error", cut.Find(".live-job-error").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#done"));
        Assert.Empty(cut.FindAll(".job-progress"));
    }

    private static BunitContext NewContext(JobsHost jobs)
    {
        var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddLocalization(); // the pages' texts (IStringLocalizer<…Text>), English as the test culture
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddSingleton(jobs.Queries);
        ctx.Services.AddSingleton(jobs.Notifier);
        return ctx;
    }
}
