using System.Collections.Concurrent;
using System.Diagnostics;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Claims due jobs into a fixed number of slots and runs their handlers. While a handler works its
/// lease is renewed and its progress saved; the outcome is one conditional update. On stop it claims
/// nothing more, lets running jobs finish within the host's shutdown timeout, then cancels and
/// releases the rest back to the queue, so no job is ever left "running" by a stopped process.
/// </summary>
public sealed class JobRunner(
    JobStore store,
    JobHandlerRegistry handlers,
    JobNotifier notifier,
    JobSignal signal,
    RunningJobs running,
    JobMetrics metrics,
    StoragePaths paths,
    TimeProvider time,
    IOptions<JobsOptions> options,
    IOptions<HostOptions> host,
    IHostApplicationLifetime lifetime,
    ILogger<JobRunner> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();
    private readonly ConcurrentDictionary<string, Task> _active = new();
    private readonly SemaphoreSlim _slots = new(options.Value.Slots);
    private DateTimeOffset _nextLeaseSweep = DateTimeOffset.MinValue;

    /// <summary>Names this runner in leases: machine, process and a random part (two runners in one process differ).</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private JobsOptions Options => options.Value;
    private TimeSpan Lease => TimeSpan.FromSeconds(Options.LeaseSeconds);
    private TimeSpan PollInterval => TimeSpan.FromMilliseconds(Options.PollIntervalMilliseconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.RunnerEnabled)
        {
            logger.LogInformation("Job runner disabled (Jobs:RunnerEnabled=false); jobs wait for a worker process");
            return;
        }
        // Nothing is claimed before the host has started: a stop asked for during the start (SIGTERM while
        // seeders run) cancels the start, and the host then never calls the stop that releases running jobs.
        if (!await HostStartedAsync(stoppingToken).ConfigureAwait(false))
        {
            return;
        }
        // Counted from the moment a stop is asked for, not from when this service's turn to stop comes:
        // the web server and other services stop first, and the host's deadline runs for all of them.
        lifetime.ApplicationStopping.Register(() =>
        {
            try
            {
                _abort.CancelAfter(host.Value.ShutdownTimeout - ReleaseMargin(host.Value.ShutdownTimeout));
            }
            catch (ObjectDisposedException)
            {
                // already stopped
            }
        });
        logger.LogInformation("Job runner {Owner} started with {Slots} slots for {Kinds}", Owner, Options.Slots, string.Join(", ", handlers.Kinds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var job = await ClaimAsync(stoppingToken).ConfigureAwait(false);
                if (job is null)
                {
                    _slots.Release();
                    await signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                var task = Task.Run(() => RunAsync(job), CancellationToken.None);
                _active[job.Id] = task;
                _ = task.ContinueWith(_ =>
                {
                    _active.TryRemove(job.Id, out var _);
                    _slots.Release();
                }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false); // no more claims
        var active = _active.Values.ToArray();
        if (active.Length > 0)
        {
            // Running jobs may use the shutdown timeout less a margin (the abort timer set when the stop
            // was asked for); then they are cancelled and released, before the host's deadline.
            logger.LogInformation("Job runner {Owner} waiting up to {GraceSeconds:0.#} s for {Count} running jobs to finish",
                Owner, (host.Value.ShutdownTimeout - ReleaseMargin(host.Value.ShutdownTimeout)).TotalSeconds, active.Length);
            var finished = Task.WhenAll(active);
            using var released = _abort.Token.Register(() => logger.LogWarning("Shutdown grace over; cancelling and releasing {Count} jobs", _active.Count));
            await Task.WhenAny(finished, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
            if (!finished.IsCompleted)
            {
                await _abort.CancelAsync().ConfigureAwait(false);
                await Task.WhenAny(finished, Task.Delay(TimeSpan.FromSeconds(10), CancellationToken.None)).ConfigureAwait(false);
            }
        }
        await metrics.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        logger.LogInformation("Job runner {Owner} stopped", Owner);
    }

    /// <summary>Half the timeout, between 0.5 and 5 seconds: time to kill tools and write "queued" even on a busy machine.</summary>
    private async Task<bool> HostStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopped = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static TimeSpan ReleaseMargin(TimeSpan shutdownTimeout) =>
        TimeSpan.FromSeconds(Math.Clamp(shutdownTimeout.TotalSeconds / 2, 0.5, 5));

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async Task<ClaimedJob?> ClaimAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (store.Now >= _nextLeaseSweep)
            {
                _nextLeaseSweep = store.Now + PollInterval;
                foreach (var update in await store.RequeueExpiredLeasesAsync(cancellationToken).ConfigureAwait(false))
                {
                    logger.LogWarning("Job {JobId} lost its worker; now {State}", update.JobId, update.State.Name());
                    notifier.Publish(update);
                }
            }
            return await store.TryClaimAsync(Owner, Lease, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job runner {Owner} could not claim a job", Owner);
            return null;
        }
    }

    private async Task RunAsync(ClaimedJob job)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JobId"] = job.Id, ["JobKind"] = job.Kind });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token);
        using var registration = running.Register(job.Id, cancel);
        using var workspace = new JobWorkspace(paths, job.Id, job.Attempt);
        var reporter = new JobProgressReporter(job, notifier, metrics, time);
        var started = Stopwatch.GetTimestamp();
        var leaseLost = false;
        notifier.Publish(new JobUpdate(job.Id, job.Kind, JobState.Running, 0, null, store.Now));
        logger.LogInformation("Job {JobId} ({JobKind}) started, attempt {Attempt} of {MaxAttempts}", job.Id, job.Kind, job.Attempt, job.MaxAttempts);

        using var keeperStop = new CancellationTokenSource();
        var keeper = KeepLeaseAsync(job, reporter, cancel, () => leaseLost = true, keeperStop.Token);
        try
        {
            var handler = handlers.Find(job.Kind)
                ?? throw new JobPermanentException("UnknownKind", $"No handler for job kind '{job.Kind}' in this studio.");
            await handler.RunAsync(job.Payload, new JobContext(job, reporter, workspace), cancel.Token).ConfigureAwait(false);
            var files = workspace.Commit();
            await StopKeeperAsync(keeperStop, keeper).ConfigureAwait(false);
            reporter.Finish();
            if (await store.CompleteAsync(job, files, reporter.StageText, CancellationToken.None).ConfigureAwait(false))
            {
                metrics.Record(job.Kind, JobMetrics.WholeJob, "succeeded", Stopwatch.GetElapsedTime(started));
                notifier.Publish(new JobUpdate(job.Id, job.Kind, JobState.Succeeded, 100, reporter.StageText, store.Now));
                logger.LogInformation("Job {JobId} succeeded in {ElapsedMs:0} ms with {FileCount} files", job.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds, files.Count);
            }
            else
            {
                logger.LogWarning("Job {JobId} finished after its lease was taken over; its result is not recorded", job.Id);
            }
        }
        catch (Exception ex) when (cancel.IsCancellationRequested)
        {
            await StopKeeperAsync(keeperStop, keeper).ConfigureAwait(false);
            await EndCancelledAsync(job, leaseLost, ex).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await StopKeeperAsync(keeperStop, keeper).ConfigureAwait(false);
            await EndFailedAsync(job, ex, Stopwatch.GetElapsedTime(started)).ConfigureAwait(false);
        }
    }

    private async Task EndCancelledAsync(ClaimedJob job, bool leaseLost, Exception ex)
    {
        if (leaseLost)
        {
            logger.LogWarning("Job {JobId} stopped: another runner holds its lease now", job.Id);
        }
        else if (_abort.IsCancellationRequested)
        {
            if (await store.ReleaseAsync(job, CancellationToken.None).ConfigureAwait(false))
            {
                notifier.Publish(new JobUpdate(job.Id, job.Kind, JobState.Queued, 0, null, store.Now));
                logger.LogInformation("Job {JobId} released to the queue at shutdown", job.Id);
            }
        }
        else if (await store.MarkCancelledAsync(job, CancellationToken.None).ConfigureAwait(false))
        {
            metrics.Record(job.Kind, JobMetrics.WholeJob, "cancelled", TimeSpan.Zero);
            notifier.Publish(new JobUpdate(job.Id, job.Kind, JobState.Cancelled, 0, null, store.Now, "Cancelled by request"));
            logger.LogInformation("Job {JobId} cancelled ({Reason})", job.Id, ex.GetType().Name);
        }
    }

    private async Task EndFailedAsync(ClaimedJob job, Exception ex, TimeSpan elapsed)
    {
        var permanent = ex as JobPermanentException;
        var dead = permanent is not null || job.Attempt >= job.MaxAttempts;
        var state = dead ? JobState.Dead : JobState.Failed;
        var next = store.Now + (dead ? TimeSpan.Zero : RetryDelay(job.Attempt));
        var errorClass = permanent?.ErrorClass ?? ex.GetType().Name;
        if (await store.FailAsync(job, state, next, errorClass, ex.Message, CancellationToken.None).ConfigureAwait(false))
        {
            metrics.Record(job.Kind, JobMetrics.WholeJob, dead ? "dead" : "failed", elapsed);
            if (!dead)
            {
                metrics.Record(job.Kind, JobMetrics.WholeJob, "retried", TimeSpan.Zero);
            }
            notifier.Publish(new JobUpdate(job.Id, job.Kind, state, 0, null, store.Now, ex.Message));
        }
        logger.LogWarning(permanent is null ? ex : null, "Job {JobId} {Outcome} on attempt {Attempt} of {MaxAttempts}: {Error}",
            job.Id, state.Name(), job.Attempt, job.MaxAttempts, ex.Message);
    }

    /// <summary>Exponential backoff with equal jitter: half the delay fixed, half random, capped.</summary>
    private TimeSpan RetryDelay(int attempt)
    {
        var exponential = Math.Min(Options.RetryMaxDelayMilliseconds, Options.RetryBaseDelayMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(exponential / 2 + Random.Shared.NextDouble() * exponential / 2);
    }

    /// <summary>Saves progress and renews the lease while the handler works; a cancel asked elsewhere arrives here.</summary>
    private async Task KeepLeaseAsync(ClaimedJob job, JobProgressReporter reporter, CancellationTokenSource cancel, Action onLeaseLost, CancellationToken stop)
    {
        var heartbeat = Lease / 3;
        var tick = TimeSpan.FromMilliseconds(Math.Min(Options.ProgressPersistMilliseconds, heartbeat.TotalMilliseconds));
        var lastBeat = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(tick);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    await reporter.PersistIfChangedAsync(store, stop).ConfigureAwait(false);
                    if (Stopwatch.GetElapsedTime(lastBeat) < heartbeat)
                    {
                        continue;
                    }
                    lastBeat = Stopwatch.GetTimestamp();
                    switch (await store.HeartbeatAsync(job, Lease, stop).ConfigureAwait(false))
                    {
                        case null:
                            onLeaseLost();
                            await cancel.CancelAsync().ConfigureAwait(false);
                            return;
                        case true:
                            logger.LogInformation("Job {JobId}: cancel requested", job.Id);
                            await cancel.CancelAsync().ConfigureAwait(false);
                            return;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Job {JobId}: could not save progress or renew the lease", job.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the job ended
        }
    }

    private static async Task StopKeeperAsync(CancellationTokenSource stop, Task keeper)
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await keeper.ConfigureAwait(false);
    }
}
