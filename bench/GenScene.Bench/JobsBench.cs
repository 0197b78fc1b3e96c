using System.Collections.Concurrent;
using System.Diagnostics;
using GenScene.Studio.Features.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenScene.Bench;

/// <summary>Enqueue-to-running latency on an idle studio, and trivial-job throughput with 4 slots.</summary>
internal static class JobsBench
{
    public static async Task RunAsync(string workDirectory)
    {
        await EnqueueToRunningAsync(Path.Combine(workDirectory, "latency"));
        await ThroughputAsync(Path.Combine(workDirectory, "throughput"), jobs: 2000);
    }

    private static async Task EnqueueToRunningAsync(string data)
    {
        using var host = await JobsHost.StartAsync(data, runner: true);
        var queue = host.Services.GetRequiredService<JobQueue>();
        var handler = host.Services.GetRequiredService<NoopHandler>();
        var started = new ConcurrentDictionary<string, long>();
        handler.Started += id => started[id] = Stopwatch.GetTimestamp();
        var samples = new List<double>();
        for (var i = 0; i < 230; i++)
        {
            await Task.Delay(20); // idle between jobs: the runner waits for a signal, not busy polling
            var before = Stopwatch.GetTimestamp();
            var job = (await queue.EnqueueAsync(NoopHandler.JobKind, new NoopPayload(i), null, CancellationToken.None)).Job;
            while (!started.ContainsKey(job.Id))
            {
                await Task.Delay(1);
            }
            if (i >= 30) // the first ones warm up the JIT and the connection pool
            {
                samples.Add(Stopwatch.GetElapsedTime(before, started[job.Id]).TotalMilliseconds);
            }
        }
        Console.WriteLine($"jobs: enqueue-to-running latency (idle, in-process): {Percentiles.Summary(samples, "ms")}");
        await host.StopAsync();
    }

    private static async Task ThroughputAsync(string data, int jobs)
    {
        using (var producer = await JobsHost.StartAsync(data, runner: false))
        {
            var queue = producer.Services.GetRequiredService<JobQueue>();
            for (var i = 0; i < jobs; i++)
            {
                await queue.EnqueueAsync(NoopHandler.JobKind, new NoopPayload(i), null, CancellationToken.None);
            }
            await producer.StopAsync();
        }

        var done = new TaskCompletionSource();
        var succeeded = 0;
        using var host = JobsHost.Build(data, runner: true, slots: 4);
        using var subscription = host.Services.GetRequiredService<JobNotifier>().Subscribe(update =>
        {
            if (update.State == JobState.Succeeded && Interlocked.Increment(ref succeeded) == jobs)
            {
                done.TrySetResult();
            }
        });
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var elapsed = clock.Elapsed;
        Console.WriteLine($"jobs: throughput of trivial jobs, 4 slots: {jobs / elapsed.TotalSeconds:0} jobs/s ({jobs} jobs in {elapsed.TotalSeconds:0.00} s, each claimed, run and completed in SQLite)");
        await host.StopAsync();
    }
}
