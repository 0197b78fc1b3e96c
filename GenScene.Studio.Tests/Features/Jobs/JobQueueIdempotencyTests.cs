using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobQueueIdempotencyTests
{
    [Fact]
    public async Task The_same_idempotency_key_and_payload_return_the_same_job_and_a_different_payload_is_a_conflict()
    {
        using var data = new TempDirectory("genscene-jobs");
        await using var host = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?> { ["Jobs:RunnerEnabled"] = "false" }, s => s.AddTestJobHandlers(new TestJobLog()));
        var key = new EnqueueOptions(IdempotencyKey: "render-episode-7");

        var first = await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(7), key, CancellationToken.None);
        var second = await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(7), key, CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Job.Id, second.Job.Id);
        var conflict = await Assert.ThrowsAsync<IdempotencyConflictException>(() =>
            host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(8), key, CancellationToken.None));
        Assert.Contains("render-episode-7", conflict.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<IdempotencyConflictException>(() =>
            host.Queue.EnqueueAsync(FailHandler.JobKind, new CountPayload(7), key, CancellationToken.None));
        Assert.Equal(1, RawSqlite.Scalar(data.Path, "SELECT count(*) FROM jobs"));

        // Without a key the same payload is a new job each time.
        var plain1 = await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(7), null, CancellationToken.None);
        var plain2 = await host.Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(7), null, CancellationToken.None);
        Assert.NotEqual(plain1.Job.Id, plain2.Job.Id);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_idempotency_key_from_two_processes_create_one_job()
    {
        using var data = new TempDirectory("genscene-jobs");
        var settings = new Dictionary<string, string?> { ["Jobs:RunnerEnabled"] = "false" };
        await using var a = await JobsHost.StartAsync(data.Path, settings, s => s.AddTestJobHandlers(new TestJobLog()));
        await using var b = await JobsHost.StartAsync(data.Path, settings, s => s.AddTestJobHandlers(new TestJobLog()));
        var key = new EnqueueOptions(IdempotencyKey: "once");

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(n =>
            (n % 2 == 0 ? a : b).Queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(1), key, CancellationToken.None)));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Job.Id).Distinct());
        Assert.Equal(1, RawSqlite.Scalar(data.Path, "SELECT count(*) FROM jobs"));
    }
}
