using GenScene.Studio.Data;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// Counts and durations per kind, stage and outcome (succeeded, failed, dead, retried, cancelled;
/// per stage: completed). Gathered in memory and added to job_metrics in one transaction every few
/// seconds, so metrics never slow a job down; they outlive the jobs that housekeeping removes.
/// </summary>
public sealed class JobMetrics(JobStore store, IDbContextFactory<StudioDbContext> contexts)
{
    /// <summary>The stage name under which whole-job outcomes are kept.</summary>
    public const string WholeJob = "";

    private readonly Lock _gate = new();
    private Dictionary<(string Kind, string Stage, string Outcome), (long Count, long TotalMs, long MaxMs)> _pending = [];

    // Flushes run one after another; a flush with nothing pending waits for the one in flight, so a
    // reader never misses counts that another flush has taken but not yet written.
    private Task _lastFlush = Task.CompletedTask;

    public void Record(string kind, string stage, string outcome, TimeSpan duration)
    {
        var ms = (long)Math.Max(0, duration.TotalMilliseconds);
        lock (_gate)
        {
            var key = (kind, stage, outcome);
            var (count, total, max) = _pending.GetValueOrDefault(key);
            _pending[key] = (count + 1, total + ms, Math.Max(max, ms));
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return _lastFlush;
            }
            var batch = _pending;
            _pending = [];
            return _lastFlush = WriteAfterAsync(_lastFlush, batch, cancellationToken);
        }
    }

    private async Task WriteAfterAsync(Task previous, Dictionary<(string Kind, string Stage, string Outcome), (long Count, long TotalMs, long MaxMs)> batch, CancellationToken cancellationToken)
    {
        try
        {
            await previous.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            // That flush's own caller saw its failure; this batch is written regardless.
        }
        await store.WriteAsync(async (connection, transaction) =>
        {
            foreach (var ((kind, stage, outcome), (count, total, max)) in batch)
            {
                await using var upsert = JobStore.Command(connection, transaction, """
                    INSERT INTO job_metrics (kind, stage, outcome, count, total_ms, max_ms) VALUES ($k, $s, $o, $c, $t, $m)
                    ON CONFLICT (kind, stage, outcome) DO UPDATE SET
                        count = count + excluded.count, total_ms = total_ms + excluded.total_ms, max_ms = MAX(max_ms, excluded.max_ms)
                    """, ("$k", kind), ("$s", stage), ("$o", outcome), ("$c", count), ("$t", total), ("$m", max));
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JobMetric>> ReadAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.JobMetrics.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.Stage).ThenBy(m => m.Outcome)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
