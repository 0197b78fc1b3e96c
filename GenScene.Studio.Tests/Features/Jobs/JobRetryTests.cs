using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobRetryTests
{
    private const int BaseDelayMs = 300;
    private static readonly int[] NotACountPayload = [1, 2, 3];

    [Fact]
    public async Task A_failing_job_is_retried_with_growing_backoff_then_dead_with_its_error_and_a_manual_retry_queues_it_again_from_attempt_zero()
    {
        using var data = new TempDirectory("genscene-jobs");
        var log = new TestJobLog();
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:DefaultMaxAttempts"] = "3",
            ["Jobs:RetryBaseDelayMilliseconds"] = BaseDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs:PollIntervalMilliseconds"] = "20",
        };
        var payload = new FailPayload("disk on fire");
        string id;
        await using (var runner = await JobsHost.StartAsync(data.Path, settings, s => s.AddTestJobHandlers(log)))
        {
            id = (await runner.Queue.EnqueueAsync(FailHandler.JobKind, payload, null, CancellationToken.None)).Job.Id;
            var dead = await runner.WaitForAsync(id, j => j.State == JobState.Dead);

            Assert.Equal(3, dead.Attempts);
            Assert.Equal(3, dead.MaxAttempts);
            Assert.Equal(3, log.Runs(id));
            Assert.Equal(nameof(InvalidOperationException), dead.ErrorClass);
            Assert.Equal(FailHandler.MessageFor(payload), dead.ErrorMessage);
            Assert.NotNull(dead.FinishedAt);
            Assert.Null(dead.LeaseOwner);
            Assert.Equal(["queued", "running", "failed", "running", "failed", "running", "dead"], dead.Events.Select(e => e.State.Name()));

            // Equal-jitter exponential backoff: the wait after attempt n is at least base * 2^(n-1) / 2.
            var starts = dead.Events.Where(e => e.State == JobState.Running).Select(e => e.At).ToList();
            var firstGap = starts[1] - starts[0];
            var secondGap = starts[2] - starts[1];
            Assert.True(firstGap >= TimeSpan.FromMilliseconds(BaseDelayMs / 2), $"first gap {firstGap.TotalMilliseconds} ms");
            Assert.True(secondGap >= TimeSpan.FromMilliseconds(BaseDelayMs), $"second gap {secondGap.TotalMilliseconds} ms (first {firstGap.TotalMilliseconds} ms)");
        }

        // Retried by hand from a process without a runner, so nothing claims it before we look.
        await using (var studio = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?> { ["Jobs:RunnerEnabled"] = "false" }, s => s.AddTestJobHandlers(log)))
        {
            var retried = await studio.Queue.RetryAsync(id, CancellationToken.None);

            Assert.Equal(JobState.Queued, retried.State);
            Assert.Equal(0, retried.Attempts);
            Assert.Null(retried.ErrorMessage);
            Assert.Null(retried.ErrorClass);
            Assert.Null(retried.FinishedAt);
            var again = await Assert.ThrowsAsync<JobStateConflictException>(() => studio.Queue.RetryAsync(id, CancellationToken.None));
            Assert.Contains("is queued", again.Message, StringComparison.Ordinal);
        }

        // A runner takes it again: three fresh attempts, dead again.
        await using (var runner = await JobsHost.StartAsync(data.Path, settings, s => s.AddTestJobHandlers(log)))
        {
            var deadAgain = await runner.WaitForAsync(id, j => j.State == JobState.Dead && j.Events.Count(e => e.State == JobState.Dead) == 2);
            Assert.Equal(3, deadAgain.Attempts);
            Assert.Equal(6, log.Runs(id));
            Assert.Contains(deadAgain.Events, e => e.State == JobState.Queued && e.Message == "retried by hand");
        }
    }

    [Fact]
    public async Task A_payload_that_does_not_fit_its_kind_kills_the_job_at_once_without_retries_and_other_jobs_still_run()
    {
        using var data = new TempDirectory("genscene-jobs");
        var log = new TestJobLog();
        await using var host = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?>
        {
            ["Jobs:DefaultMaxAttempts"] = "3",
            ["Jobs:RetryBaseDelayMilliseconds"] = "10",
        }, s => s.AddTestJobHandlers(log));

        var array = (await host.Queue.EnqueueAsync(CountHandler.JobKind, NotACountPayload, null, CancellationToken.None)).Job.Id;
        var nothing = (await host.Queue.EnqueueAsync<object?>(CountHandler.JobKind, null, null, CancellationToken.None)).Job.Id;
        var outOfRange = (await host.Queue.EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(DurationSeconds: 0), null, CancellationToken.None)).Job.Id;
        var good = new List<string>();
        for (var n = 0; n < 6; n++)
        {
            good.Add((await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(n), null, CancellationToken.None)).Job.Id);
        }

        foreach (var id in good)
        {
            var done = await host.WaitForAsync(id, j => j.State.IsTerminal());
            Assert.Equal(JobState.Succeeded, done.State);
            Assert.Equal(1, log.Runs(id));
        }
        foreach (var id in new[] { array, nothing, outOfRange })
        {
            var dead = await host.WaitForAsync(id, j => j.State.IsTerminal());
            Assert.Equal(JobState.Dead, dead.State);
            Assert.Equal(1, dead.Attempts);
            Assert.Equal("InvalidPayload", dead.ErrorClass);
            Assert.Single(dead.Events, e => e.State == JobState.Running);
            Assert.Equal(0, log.Runs(id)); // the handler's own code never ran
        }
        Assert.Contains(nameof(CountPayload), (await host.Queries.FindAsync(array, false, CancellationToken.None))!.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("durationSeconds", (await host.Queries.FindAsync(outOfRange, false, CancellationToken.None))!.ErrorMessage, StringComparison.Ordinal);

        // Not retried later either: after more poll rounds it is still dead on its first attempt.
        var later = (await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(99), null, CancellationToken.None)).Job.Id;
        await host.WaitForAsync(later, j => j.State == JobState.Succeeded);
        Assert.Equal(1, (await host.Queries.FindAsync(array, false, CancellationToken.None))!.Attempts);
    }
}
