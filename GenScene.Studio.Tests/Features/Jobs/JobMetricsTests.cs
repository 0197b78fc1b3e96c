using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobMetricsTests
{
    [Fact]
    public async Task Metrics_count_outcomes_per_kind_and_completed_stages_of_a_render_check()
    {
        using var data = new TempDirectory("genscene-jobs");
        await using var host = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?>
        {
            ["Jobs:DefaultMaxAttempts"] = "2",
            ["Jobs:RetryBaseDelayMilliseconds"] = "20",
        }, s => s.AddTestJobHandlers(new TestJobLog()));

        var ids = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            ids.Add((await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(n), null, CancellationToken.None)).Job.Id);
        }
        ids.Add((await host.Queue.EnqueueAsync(FailHandler.JobKind, new FailPayload("metrics"), null, CancellationToken.None)).Job.Id);
        ids.Add((await host.Queue.EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(1), null, CancellationToken.None)).Job.Id);
        foreach (var id in ids)
        {
            await host.WaitForAsync(id, j => j.State.IsTerminal());
        }

        // The runner records a job's metrics just after its final state is saved: wait for the last ones.
        IReadOnlyList<JobMetric> metrics = [];
        await JobWaits.UntilAsync(async () =>
        {
            metrics = await host.Metrics.ReadAsync(CancellationToken.None);
            return Count(metrics, CountHandler.JobKind, "", "succeeded") == 3
                && Count(metrics, FailHandler.JobKind, "", "dead") == 1
                && Count(metrics, RenderCheckHandler.JobKind, "", "succeeded") == 1;
        }, "the metrics of all five jobs are recorded");

        var table = metrics.ToDictionary(m => $"{m.Kind}|{m.Stage}|{m.Outcome}", m => m.Count);
        Assert.Equal(new Dictionary<string, long>
        {
            [$"{CountHandler.JobKind}||succeeded"] = 3,
            [$"{FailHandler.JobKind}||failed"] = 1,
            [$"{FailHandler.JobKind}||retried"] = 1,
            [$"{FailHandler.JobKind}||dead"] = 1,
            [$"{RenderCheckHandler.JobKind}||succeeded"] = 1,
            [$"{RenderCheckHandler.JobKind}|encoding|completed"] = 1,
            [$"{RenderCheckHandler.JobKind}|verifying|completed"] = 1,
            [$"{RenderCheckHandler.JobKind}|verified|completed"] = 1,
        }, table);
        var encoding = metrics.Single(m => m.Stage == "encoding");
        Assert.True(encoding.TotalMs > 0, "encoding took time");
        Assert.All(metrics, m => Assert.InRange(m.MaxMs, 0, m.TotalMs));

        // Kept in the database: a second reader (another process's view) sees the same rows.
        Assert.Equal(3, RawSqlite.Scalar(data.Path, "SELECT count FROM job_metrics WHERE kind = $k AND stage = '' AND outcome = 'succeeded'", ("$k", CountHandler.JobKind)));
    }

    private static long Count(IReadOnlyList<JobMetric> metrics, string kind, string stage, string outcome) =>
        metrics.FirstOrDefault(m => m.Kind == kind && m.Stage == stage && m.Outcome == outcome)?.Count ?? 0;
}
