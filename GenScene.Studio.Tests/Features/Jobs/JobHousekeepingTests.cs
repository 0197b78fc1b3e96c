using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobHousekeepingTests
{
    [Fact]
    public async Task Cleanup_removes_old_finished_jobs_with_their_media_and_children_and_old_temp_files_but_keeps_newer_and_running_ones()
    {
        using var data = new TempDirectory("genscene-jobs");
        var log = new TestJobLog();
        await using var host = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?>
        {
            ["Jobs:FinishedJobMaxAgeDays"] = "7",
            ["Jobs:TempMaxAgeHours"] = "24",
        }, s => s.AddTestJobHandlers(log));
        var queue = host.Queue;

        var old = (await queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(1, WriteFile: true), null, CancellationToken.None)).Job.Id;
        var child = (await queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(2, WriteFile: true), new EnqueueOptions(ParentJobId: old), CancellationToken.None)).Job.Id;
        var oldDead = (await queue.EnqueueAsync(FailHandler.JobKind, new FailPayload("old"), new EnqueueOptions(MaxAttempts: 1), CancellationToken.None)).Job.Id;
        var recent = (await queue.EnqueueAsync(CountHandler.JobKind, new CountPayload(3, WriteFile: true), null, CancellationToken.None)).Job.Id;
        var running = (await queue.EnqueueAsync(SleepHandler.JobKind, new SleepPayload(60), null, CancellationToken.None)).Job.Id;
        foreach (var id in new[] { old, child, recent })
        {
            await host.WaitForAsync(id, j => j.State == JobState.Succeeded);
        }
        await host.WaitForAsync(oldDead, j => j.State == JobState.Dead);
        await host.WaitForAsync(running, j => j.State == JobState.Running);
        var media = Path.Combine(data.Path, "media", "jobs");
        Assert.True(File.Exists(Path.Combine(media, old, "count.txt")));
        Assert.True(File.Exists(Path.Combine(media, child, "count.txt")));

        // Age the rows: the old ones finished 8 days ago, the recent one 6; the running one started a month ago.
        var now = DateTimeOffset.UtcNow;
        SetTime(data.Path, "finished_at", now.AddDays(-8), old, oldDead);
        SetTime(data.Path, "finished_at", now.AddDays(-6), recent);
        SetTime(data.Path, "created_at", now.AddDays(-30), running);
        SetTime(data.Path, "started_at", now.AddDays(-30), running);

        var temp = Path.Combine(data.Path, "tmp");
        var oldFile = Path.Combine(temp, "old-upload.bin");
        var staleDirectory = Path.Combine(temp, "stale");
        var staleNested = Path.Combine(staleDirectory, "part.bin");
        var newFile = Path.Combine(temp, "new-upload.bin");
        Directory.CreateDirectory(staleDirectory);
        foreach (var file in new[] { oldFile, staleNested, newFile })
        {
            await File.WriteAllTextAsync(file, "x");
        }
        var dayAndMore = DateTime.UtcNow.AddHours(-25);
        File.SetLastWriteTimeUtc(oldFile, dayAndMore);
        File.SetLastWriteTimeUtc(staleNested, dayAndMore);
        Directory.SetLastWriteTimeUtc(staleDirectory, dayAndMore);

        var (jobs, tempEntries) = await host.Housekeeping.CleanUpAsync(CancellationToken.None);

        Assert.False(Directory.Exists(Path.Combine(media, child)), "the child job's files go with it");
        Assert.Equal(3, jobs); // old, its child, the old dead one
        Assert.Equal(3, tempEntries); // the old file, the stale file and then its empty directory
        var remaining = RawSqlite.Query(data.Path, "SELECT id FROM jobs ORDER BY id", r => r.GetString(0));
        Assert.Equal(new[] { recent, running }.Order(StringComparer.Ordinal), remaining);
        Assert.Equal(0, RawSqlite.Scalar(data.Path, "SELECT count(*) FROM job_events WHERE job_id NOT IN (SELECT id FROM jobs)"));
        Assert.Equal(0, RawSqlite.Scalar(data.Path, "SELECT count(*) FROM job_files WHERE job_id NOT IN (SELECT id FROM jobs)"));
        Assert.False(Directory.Exists(Path.Combine(media, old)));
        Assert.True(File.Exists(Path.Combine(media, recent, "count.txt")));
        Assert.False(File.Exists(oldFile));
        Assert.False(Directory.Exists(staleDirectory));
        Assert.True(File.Exists(newFile));
        Assert.True(Directory.Exists(Path.Combine(temp, "jobs", running)), "the running job's workspace is kept");
        Assert.Equal(JobState.Running, (await host.Queries.FindAsync(running, false, CancellationToken.None))!.State);

        await queue.CancelAsync(running, CancellationToken.None);
        await host.WaitForAsync(running, j => j.State == JobState.Cancelled);
    }

    private static void SetTime(string dataDirectory, string column, DateTimeOffset value, params string[] ids)
    {
        foreach (var id in ids)
        {
            Assert.Equal(1, RawSqlite.Execute(dataDirectory, $"UPDATE jobs SET {column} = $at WHERE id = $id", ("$at", value.ToUnixTimeMilliseconds()), ("$id", id)));
        }
    }
}
