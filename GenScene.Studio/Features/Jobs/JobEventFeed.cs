using System.Text.Json;
using System.Threading.Channels;
using GenScene.Studio.Infrastructure.Api;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Writes one job's server-sent events: its current state first, then each change (never a repeat),
/// a heartbeat when nothing happened for a while, and the end after a terminal state. It listens to
/// the notifier; a job this process is not running (a worker process runs it) is followed by reading
/// the database at the runner's poll interval while the notifier is quiet. A client that stops
/// reading is dropped once a write has waited Jobs:SseWriteTimeoutSeconds.
/// </summary>
public sealed class JobEventFeed(JobNotifier notifier, JobQueries queries, RunningJobs running, SseConnections connections, TimeProvider time, IOptions<JobsOptions> options)
{
    /// <param name="announce">Frame the stream with connection_established first and stream_complete last (the token stream's contract).</param>
    public async Task<bool> StreamAsync(string jobId, HttpResponse response, CancellationToken cancellationToken, bool announce = false)
    {
        var updates = Channel.CreateBounded<JobUpdate>(new BoundedChannelOptions(256)
        {
            // A slow reader loses intermediate progress, never the final state (the newest is kept).
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        using var subscription = notifier.Subscribe(jobId, update => updates.Writer.TryWrite(update), out var latest);
        var current = latest;
        if (current is null)
        {
            var job = await queries.FindAsync(jobId, withEvents: false, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                return false;
            }
            current = JobUpdate.From(job, time.GetUtcNow());
        }

        using var connection = connections.Open(jobId);
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        if (announce)
        {
            await WriteEventAsync(response, "connection_established", Stamped(response, "connection_established", jobId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        await WriteUpdateAsync(response, current, cancellationToken).ConfigureAwait(false);

        var heartbeat = TimeSpan.FromSeconds(options.Value.SseHeartbeatSeconds);
        var poll = TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds);
        var lastWrite = time.GetUtcNow();
        while (!current.State.IsTerminal() && !cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(poll < heartbeat ? poll : heartbeat);
            try
            {
                var next = await updates.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
                if (!next.SameAs(current))
                {
                    current = next;
                    await WriteUpdateAsync(response, current, cancellationToken).ConfigureAwait(false);
                    lastWrite = time.GetUtcNow();
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Quiet here. A job another process runs changes only in the database: look there
                // (never for a job running here, whose saved progress lags what was already sent).
                if (!running.IsRunningHere(jobId)
                    && await queries.FindAsync(jobId, withEvents: false, cancellationToken).ConfigureAwait(false) is { } stored
                    && !running.IsRunningHere(jobId))
                {
                    var update = JobUpdate.From(stored, time.GetUtcNow());
                    if (!update.SameAs(current))
                    {
                        current = update;
                        await WriteUpdateAsync(response, current, cancellationToken).ConfigureAwait(false);
                        lastWrite = time.GetUtcNow();
                        continue;
                    }
                }
                if (time.GetUtcNow() - lastWrite >= heartbeat)
                {
                    await WriteEventAsync(response, "heartbeat", Stamped(response, "heartbeat", jobId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                    lastWrite = time.GetUtcNow();
                }
            }
        }
        if (announce && current.State.IsTerminal())
        {
            await WriteEventAsync(response, "stream_complete", Stamped(response, "stream_complete", jobId, time.GetUtcNow(), current.State.Name()), cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private Task WriteUpdateAsync(HttpResponse response, JobUpdate update, CancellationToken cancellationToken) =>
        WriteEventAsync(response, "job_update", new
        {
            type = "job_update",
            jobId = update.JobId,
            job_id = update.JobId,
            state = update.State.Name(),
            progress = update.Progress,
            stage = update.Stage,
            error = update.Error,
            timestamp = Timestamp(response, update.Timestamp),
            ts = FirstBackendClients.EpochSeconds(update.Timestamp),
        }, cancellationToken);

    private static object Stamped(HttpResponse response, string type, string jobId, DateTimeOffset at, string? state = null) => state is null
        ? new { type, jobId, job_id = jobId, timestamp = Timestamp(response, at), ts = FirstBackendClients.EpochSeconds(at) }
        : new { type, jobId, job_id = jobId, state, timestamp = Timestamp(response, at), ts = FirstBackendClients.EpochSeconds(at) };

    /// <summary>ISO 8601 as API.md says; epoch seconds for the first front end, which reads a number (<see cref="FirstBackendClients"/>).</summary>
    private static object Timestamp(HttpResponse response, DateTimeOffset at) =>
        FirstBackendClients.IsFirstFrontEnd(response.HttpContext.Request) ? FirstBackendClients.EpochSeconds(at) : at;

    private async Task WriteEventAsync(HttpResponse response, string name, object data, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.SseWriteTimeoutSeconds));
        try
        {
            await response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data, JobJson.Options)}\n\n", timeout.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The client stopped reading: drop the connection so its slot and subscription are freed.
            response.HttpContext.Abort();
            throw;
        }
    }
}
