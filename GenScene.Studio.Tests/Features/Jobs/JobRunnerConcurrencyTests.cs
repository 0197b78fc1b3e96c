using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobRunnerConcurrencyTests
{
    [Fact]
    public async Task Two_runners_with_four_slots_each_run_every_one_of_500_jobs_exactly_once_and_all_succeed()
    {
        using var data = new TempDirectory("genscene-jobs");
        var log = new TestJobLog();
        var settings = new Dictionary<string, string?> { ["Jobs:Slots"] = "4", ["Jobs:PollIntervalMilliseconds"] = "20" };
        await using var first = await JobsHost.StartAsync(data.Path, settings, s => s.AddTestJobHandlers(log));
        await using var second = await JobsHost.StartAsync(data.Path, settings, s => s.AddTestJobHandlers(log));
        Assert.NotEqual(first.Runner.Owner, second.Runner.Owner);

        // Queued from both hosts at once, so both runners are woken and compete for the same rows.
        var ids = (await Task.WhenAll(Enumerable.Range(0, 500).Select(async n =>
        {
            var host = n % 2 == 0 ? first : second;
            var result = await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(n), null, CancellationToken.None);
            return result.Job.Id;
        }))).ToList();
        Assert.Equal(500, ids.Distinct().Count());

        await JobWaits.UntilAsync(
            () => Task.FromResult(RawSqlite.Scalar(data.Path, "SELECT count(*) FROM jobs WHERE state IN ('succeeded', 'dead', 'cancelled')") == 500),
            "all 500 jobs ended", TimeSpan.FromSeconds(180));

        Assert.Equal(500, RawSqlite.Scalar(data.Path, "SELECT count(*) FROM jobs WHERE state = 'succeeded' AND attempts = 1"));
        Assert.All(ids, id => Assert.Equal(1, log.Runs(id)));
        Assert.Equal(500, log.Executions.Count);
        // Every job was claimed exactly once: one 'running' event each, by one of the two runners.
        var claims = RawSqlite.Query(data.Path, "SELECT job_id, worker FROM job_events WHERE state = 'running'", r => (Id: r.GetString(0), Worker: r.GetString(1)));
        Assert.Equal(500, claims.Count);
        Assert.Equal(500, claims.Select(c => c.Id).Distinct().Count());
        Assert.All(claims, c => Assert.Contains(c.Worker, new[] { first.Runner.Owner, second.Runner.Owner }));
        Assert.Equal(0, RawSqlite.Scalar(data.Path, "SELECT count(*) FROM jobs WHERE lease_owner IS NOT NULL"));
    }
}
