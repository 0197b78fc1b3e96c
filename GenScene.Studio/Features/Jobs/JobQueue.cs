using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GenScene.Studio.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs;

/// <summary>What pages and endpoints do to jobs: queue one, cancel it, retry it by hand.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is the job queue; the name is the one ARCHITECTURE.md gives.")]
public sealed class JobQueue(
    IDbContextFactory<StudioDbContext> contexts,
    JobStore store,
    JobQueries queries,
    JobHandlerRegistry handlers,
    JobNotifier notifier,
    JobSignal signal,
    RunningJobs running,
    IJobOwnerSource owners,
    IOptions<JobsOptions> options,
    ILogger<JobQueue> logger)
{
    public async Task<EnqueueResult> EnqueueAsync<TPayload>(string kind, TPayload payload, EnqueueOptions? enqueue, CancellationToken cancellationToken)
    {
        if (!handlers.Knows(kind))
        {
            throw new ArgumentException($"There is no job kind '{kind}'. Known kinds: {string.Join(", ", handlers.Kinds)}.", nameof(kind));
        }
        enqueue ??= new EnqueueOptions();
        var json = JsonSerializer.Serialize(payload, JobJson.Options);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + json)));
        if (enqueue.IdempotencyKey is { } key && await FindByKeyAsync(key, hash, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new EnqueueResult(existing, Created: false);
        }

        var now = store.Now;
        var creator = owners.CurrentOwner;
        var id = Guid.CreateVersion7(now).ToString("N"); // time-ordered: ids sort by creation
        var label = handlers.Find(kind)!.Label(json, id);
        var job = new Job
        {
            Id = id,
            Kind = kind,
            Payload = json,
            State = JobState.Queued,
            MaxAttempts = enqueue.MaxAttempts ?? options.Value.MaxAttemptsFor(kind),
            NextAttemptAt = now,
            CreatedAt = now,
            ParentJobId = enqueue.ParentJobId,
            IdempotencyKey = enqueue.IdempotencyKey,
            PayloadHash = hash,
            OwnerKeyId = enqueue.OwnerKeyId ?? owners.CurrentKeyId,
            ExternalReference = enqueue.ExternalReference,
            CreatedById = creator?.Id,
            CreatedByName = creator?.Name,
            Title = enqueue.Title ?? label?.Title,
            Link = enqueue.Link ?? label?.Link,
        };
        job.Events.Add(new JobEvent { JobId = job.Id, At = now, State = JobState.Queued, Message = "queued" });
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.Jobs.Add(job);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 } && enqueue.IdempotencyKey is { } raced)
        {
            // Another request with the same key won the insert a moment ago.
            var winner = await FindByKeyAsync(raced, hash, cancellationToken).ConfigureAwait(false);
            return new EnqueueResult(winner!, Created: false);
        }
        logger.LogInformation("Queued job {JobId} of kind {JobKind}", job.Id, kind);
        notifier.Publish(new JobUpdate(job.Id, kind, JobState.Queued, 0, null, now));
        signal.Notify();
        return new EnqueueResult(job, Created: true);
    }

    /// <summary>Cancels a queued or waiting job at once; a running one is stopped (its processes killed).</summary>
    public async Task<Job> CancelAsync(string jobId, CancellationToken cancellationToken)
    {
        var now = store.Now.ToUnixTimeMilliseconds();
        var (outcome, kind) = await store.WriteAsync(async (connection, transaction) =>
        {
            await using var waiting = JobStore.Command(connection, transaction, """
                UPDATE jobs SET state = 'cancelled', finished_at = $now, error_class = 'Cancelled', error_message = 'Cancelled by request'
                WHERE id = $id AND state IN ('queued', 'failed') RETURNING kind
                """, ("$id", jobId), ("$now", now));
            if (await waiting.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string cancelledKind)
            {
                await JobStore.AddEventAsync(connection, transaction, jobId, now, JobState.Cancelled, null, "cancelled before it ran", cancellationToken).ConfigureAwait(false);
                return ("cancelled", cancelledKind);
            }
            await using var active = JobStore.Command(connection, transaction,
                "UPDATE jobs SET cancel_requested = 1 WHERE id = $id AND state = 'running' RETURNING kind", ("$id", jobId));
            return await active.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string runningKind
                ? ("requested", runningKind)
                : ("none", (string?)null);
        }, cancellationToken).ConfigureAwait(false);

        switch (outcome)
        {
            case "cancelled":
                notifier.Publish(new JobUpdate(jobId, kind!, JobState.Cancelled, 0, null, store.Now, "Cancelled by request"));
                break;
            case "requested":
                running.TryCancel(jobId); // here at once; another process sees the flag at its next heartbeat
                break;
            default:
                var job = await queries.FindAsync(jobId, withEvents: false, cancellationToken).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException(Texts<JobsText>.Format("JobUnknown", jobId));
                throw new JobStateConflictException(Texts<JobsText>.Format("CancelConflict", jobId, job.State.Name()));
        }
        logger.LogInformation("Cancel of job {JobId}: {Outcome}", jobId, outcome);
        return (await queries.FindAsync(jobId, withEvents: false, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Runs a failed, dead or cancelled job again from its first attempt.</summary>
    public async Task<Job> RetryAsync(string jobId, CancellationToken cancellationToken)
    {
        var now = store.Now.ToUnixTimeMilliseconds();
        var kind = await store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = JobStore.Command(connection, transaction, """
                UPDATE jobs SET state = 'queued', attempts = 0, next_attempt_at = $now, progress = 0, stage = NULL,
                    error_class = NULL, error_message = NULL, finished_at = NULL, cancel_requested = 0
                WHERE id = $id AND state IN ('failed', 'dead', 'cancelled') RETURNING kind
                """, ("$id", jobId), ("$now", now));
            var retried = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            if (retried is not null)
            {
                await JobStore.AddEventAsync(connection, transaction, jobId, now, JobState.Queued, null, "retried by hand", cancellationToken).ConfigureAwait(false);
            }
            return retried;
        }, cancellationToken).ConfigureAwait(false);

        if (kind is null)
        {
            var job = await queries.FindAsync(jobId, withEvents: false, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException(Texts<JobsText>.Format("JobUnknown", jobId));
            throw new JobStateConflictException(Texts<JobsText>.Format("RetryConflict", jobId, job.State.Name()));
        }
        notifier.Publish(new JobUpdate(jobId, kind, JobState.Queued, 0, null, store.Now));
        signal.Notify();
        return (await queries.FindAsync(jobId, withEvents: false, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<Job?> FindByKeyAsync(string key, string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.Jobs.AsNoTracking().Include(j => j.Files).FirstOrDefaultAsync(j => j.IdempotencyKey == key, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.PayloadHash != hash)
        {
            throw new IdempotencyConflictException(key);
        }
        return existing;
    }
}
