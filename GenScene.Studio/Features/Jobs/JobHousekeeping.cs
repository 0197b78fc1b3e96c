using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Periodic cleanup: temporary files older than Jobs:TempMaxAgeHours, finished jobs (with their
/// files and child jobs) older than Jobs:FinishedJobMaxAgeDays, what other features hand it as
/// <see cref="IHousekeepingTask"/>s (the episodes' trash); and the metrics flush.
/// </summary>
public sealed class JobHousekeeping(JobStore store, JobRemoval removal, IEnumerable<IHousekeepingTask> tasks, JobMetrics metrics, StoragePaths paths,
    IOptions<JobsOptions> options, ILogger<JobHousekeeping> logger) : BackgroundService
{
    private static readonly TimeSpan MetricsFlush = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cleanupEvery = TimeSpan.FromMinutes(options.Value.CleanupIntervalMinutes);
        var nextCleanup = store.Now;
        using var timer = new PeriodicTimer(MetricsFlush);
        do
        {
            try
            {
                await metrics.FlushAsync(stoppingToken).ConfigureAwait(false);
                if (store.Now >= nextCleanup)
                {
                    nextCleanup = store.Now + cleanupEvery;
                    await CleanUpAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Housekeeping failed; it runs again at the next interval");
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    public async Task<(int Jobs, int TempEntries)> CleanUpAsync(CancellationToken cancellationToken)
    {
        var temp = RemoveOldTemp(store.Now - TimeSpan.FromHours(options.Value.TempMaxAgeHours));
        var jobs = await RemoveOldJobsAsync(store.Now - TimeSpan.FromDays(options.Value.FinishedJobMaxAgeDays), cancellationToken).ConfigureAwait(false);
        if (jobs > 0 || temp > 0)
        {
            logger.LogInformation("Housekeeping removed {JobCount} finished jobs and {TempCount} temporary entries", jobs, temp);
        }
        await RunFeatureTasksAsync(cancellationToken).ConfigureAwait(false);
        return (jobs, temp);
    }

    private async Task<int> RemoveOldJobsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        (await removal.RemoveWhereAsync("finished_at < $cutoff", [("$cutoff", cutoff.ToUnixTimeMilliseconds())], cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>The other features' cleanup; one that fails is logged and the others still run.</summary>
    private async Task RunFeatureTasksAsync(CancellationToken cancellationToken)
    {
        foreach (var task in tasks)
        {
            try
            {
                var removed = await task.RunAsync(cancellationToken).ConfigureAwait(false);
                if (removed > 0)
                {
                    logger.LogInformation("Housekeeping task {Task} removed {Count} entries", task.GetType().Name, removed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Housekeeping task {Task} failed; it runs again at the next interval", task.GetType().Name);
            }
        }
    }

    private int RemoveOldTemp(DateTimeOffset cutoff)
    {
        var removed = 0;
        foreach (var entry in new DirectoryInfo(paths.Temp).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).OrderByDescending(e => e.FullName.Length))
        {
            try
            {
                var isEmptyDirectory = entry is DirectoryInfo directory && !directory.EnumerateFileSystemInfos().Any();
                if (entry.LastWriteTimeUtc < cutoff.UtcDateTime && (entry is FileInfo || isEmptyDirectory))
                {
                    entry.Delete();
                    removed++;
                }
            }
            catch (IOException)
            {
                // in use or gone already
            }
        }
        return removed;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
