using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Periodic cleanup: temporary files older than Jobs:TempMaxAgeHours, finished jobs (with their
/// files and child jobs) older than Jobs:FinishedJobMaxAgeDays; and the metrics flush.
/// </summary>
public sealed class JobHousekeeping(JobStore store, JobMetrics metrics, StoragePaths paths, IOptions<JobsOptions> options, ILogger<JobHousekeeping> logger) : BackgroundService
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
        return (jobs, temp);
    }

    private async Task<int> RemoveOldJobsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var removed = await store.WriteAsync(async (connection, transaction) =>
        {
            // The ids are read first: RETURNING does not report rows removed by ON DELETE CASCADE, so
            // child jobs deleted with their parent would keep their media directories forever.
            const string Doomed = """
                WITH RECURSIVE doomed(id) AS (
                    SELECT id FROM jobs WHERE state IN ('succeeded', 'dead', 'cancelled') AND finished_at < $cutoff
                    UNION SELECT child.id FROM jobs child JOIN doomed ON child.parent_job_id = doomed.id)
                """;
            var ids = new List<string>();
            var cutoffMs = cutoff.ToUnixTimeMilliseconds();
            await using (var select = JobStore.Command(connection, transaction, Doomed + "SELECT id FROM doomed", ("$cutoff", cutoffMs)))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(reader.GetString(0));
                }
            }
            await using (var delete = JobStore.Command(connection, transaction, Doomed + "DELETE FROM jobs WHERE id IN (SELECT id FROM doomed)", ("$cutoff", cutoffMs)))
            {
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return ids;
        }, cancellationToken).ConfigureAwait(false);
        foreach (var id in removed)
        {
            var directory = JobWorkspace.FinalDirectory(paths, id);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        return removed.Count;
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
