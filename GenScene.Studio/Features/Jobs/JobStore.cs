using System.Globalization;
using GenScene.Studio.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// The runner's state transitions, each one conditional SQL statement on the jobs table. The
/// conditions (state, lease owner) are what make them safe between runners in one process or many:
/// SQLite serializes writers, so of two runners claiming the same row only one UPDATE matches.
/// Raw SQL because these run several times per job and EF's change tracking adds nothing here.
/// </summary>
public sealed class JobStore(IDbContextFactory<StudioDbContext> contexts, TimeProvider time)
{
    private const string Running = "'running'";

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Takes the next due job, or null. One statement: pick and lease, so no two runners get the same job.</summary>
    public async Task<ClaimedJob?> TryClaimAsync(string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Now.ToUnixTimeMilliseconds();
        return await WriteAsync(async (connection, transaction) =>
        {
            ClaimedJob? claimed = null;
            await using (var claim = Command(connection, transaction, $"""
                UPDATE jobs SET state = {Running}, lease_owner = $owner, lease_expires_at = $lease,
                    attempts = attempts + 1, started_at = COALESCE(started_at, $now), error_class = NULL, error_message = NULL
                WHERE id = (SELECT id FROM jobs WHERE state IN ('queued', 'failed') AND next_attempt_at <= $now
                            ORDER BY next_attempt_at, id LIMIT 1)
                RETURNING id, kind, payload, attempts, max_attempts, created_by_id, created_by_name
                """, ("$owner", owner), ("$lease", now + (long)lease.TotalMilliseconds), ("$now", now)))
            await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    claimed = new ClaimedJob(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), owner)
                    {
                        CreatedBy = reader.IsDBNull(5) ? null : new Security.ContentOwner(reader.GetString(5), reader.IsDBNull(6) ? reader.GetString(5) : reader.GetString(6)),
                    };
                }
            }
            if (claimed is not null)
            {
                await AddEventAsync(connection, transaction, claimed.Id, now, JobState.Running, null, $"attempt {claimed.Attempt} of {claimed.MaxAttempts}", cancellationToken, worker: owner).ConfigureAwait(false);
            }
            return claimed;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renews the lease. Null when this runner no longer holds the job; otherwise whether a cancel was asked.</summary>
    public async Task<bool?> HeartbeatAsync(ClaimedJob job, TimeSpan lease, CancellationToken cancellationToken)
    {
        var expires = Now.Add(lease).ToUnixTimeMilliseconds();
        return await WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction,
                $"UPDATE jobs SET lease_expires_at = $lease WHERE id = $id AND lease_owner = $owner AND state = {Running} RETURNING cancel_requested",
                ("$lease", expires), ("$id", job.Id), ("$owner", job.Owner));
            var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return result is null ? (bool?)null : Convert.ToInt64(result, CultureInfo.InvariantCulture) != 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task SaveProgressAsync(ClaimedJob job, int progress, string? stage, bool stageChanged, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction,
                $"UPDATE jobs SET progress = $progress, stage = $stage WHERE id = $id AND lease_owner = $owner AND state = {Running}",
                ("$progress", progress), ("$stage", stage), ("$id", job.Id), ("$owner", job.Owner));
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 && stageChanged)
            {
                await AddEventAsync(connection, transaction, job.Id, Now.ToUnixTimeMilliseconds(), JobState.Running, stage, null, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }, cancellationToken);

    /// <summary>Marks the job succeeded with its files, if this runner still holds it.</summary>
    public Task<bool> CompleteAsync(ClaimedJob job, IReadOnlyList<JobFile> files, string? stage, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            var now = Now.ToUnixTimeMilliseconds();
            await using var command = Command(connection, transaction, $"""
                UPDATE jobs SET state = 'succeeded', progress = 100, stage = $stage, finished_at = $now, lease_owner = NULL, lease_expires_at = NULL
                WHERE id = $id AND lease_owner = $owner AND state = {Running}
                """, ("$stage", stage), ("$now", now), ("$id", job.Id), ("$owner", job.Owner));
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
            foreach (var file in files)
            {
                await using var insert = Command(connection, transaction,
                    "INSERT OR REPLACE INTO job_files (job_id, name, content_type, bytes) VALUES ($id, $name, $type, $bytes)",
                    ("$id", job.Id), ("$name", file.Name), ("$type", file.ContentType), ("$bytes", file.Bytes));
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await AddEventAsync(connection, transaction, job.Id, now, JobState.Succeeded, stage, null, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>Records a failure: <see cref="JobState.Failed"/> with the next attempt time, or <see cref="JobState.Dead"/>.</summary>
    public Task<bool> FailAsync(ClaimedJob job, JobState state, DateTimeOffset nextAttemptAt, string errorClass, string message, CancellationToken cancellationToken) =>
        EndAsync(job, state, "next_attempt_at = $next, error_class = $class, error_message = $message, finished_at = $finished",
            message, cancellationToken,
            ("$next", nextAttemptAt.ToUnixTimeMilliseconds()), ("$class", errorClass), ("$message", message),
            ("$finished", state == JobState.Dead ? Now.ToUnixTimeMilliseconds() : null));

    public Task<bool> MarkCancelledAsync(ClaimedJob job, CancellationToken cancellationToken) =>
        EndAsync(job, JobState.Cancelled, "finished_at = $finished, error_class = 'Cancelled', error_message = 'Cancelled by request'",
            "cancelled while running", cancellationToken, ("$finished", Now.ToUnixTimeMilliseconds()));

    /// <summary>Gives the job back to the queue (shutdown): this attempt does not count.</summary>
    public Task<bool> ReleaseAsync(ClaimedJob job, CancellationToken cancellationToken) =>
        EndAsync(job, JobState.Queued, "attempts = attempts - 1, next_attempt_at = $now, progress = 0, stage = NULL",
            "released: the worker is shutting down", cancellationToken, ("$now", Now.ToUnixTimeMilliseconds()));

    /// <summary>Jobs whose worker died (lease expired) go back to the queue, or to dead when out of attempts.</summary>
    public Task<IReadOnlyList<JobUpdate>> RequeueExpiredLeasesAsync(CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<JobUpdate>>(async (connection, transaction) =>
        {
            var now = Now.ToUnixTimeMilliseconds();
            var changed = new List<JobUpdate>();
            await using (var command = Command(connection, transaction, $"""
                UPDATE jobs SET
                    state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
                    finished_at = CASE WHEN attempts >= max_attempts THEN $now ELSE NULL END,
                    lease_owner = NULL, lease_expires_at = NULL, next_attempt_at = $now,
                    error_class = 'LeaseExpired',
                    error_message = 'The worker running this job stopped renewing its lease (it died or hung); attempt ' || attempts || ' of ' || max_attempts || ' counted.'
                WHERE state = {Running} AND lease_expires_at < $now
                RETURNING id, kind, state, progress, stage, error_message
                """, ("$now", now)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    changed.Add(new JobUpdate(reader.GetString(0), reader.GetString(1), JobStates.Parse(reader.GetString(2)), reader.GetInt32(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4), Now, reader.GetString(5)));
                }
            }
            foreach (var update in changed)
            {
                await AddEventAsync(connection, transaction, update.JobId, now, update.State, update.Stage, update.Error, cancellationToken).ConfigureAwait(false);
            }
            return changed;
        }, cancellationToken);

    private Task<bool> EndAsync(ClaimedJob job, JobState state, string setClause, string eventMessage, CancellationToken cancellationToken, params (string, object?)[] parameters) =>
        WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, $"""
                UPDATE jobs SET state = $state, lease_owner = NULL, lease_expires_at = NULL, {setClause}
                WHERE id = $id AND lease_owner = $owner AND state = {Running}
                """, [("$state", state.Name()), ("$id", job.Id), ("$owner", job.Owner), .. parameters]);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
            await AddEventAsync(connection, transaction, job.Id, Now.ToUnixTimeMilliseconds(), state, null, eventMessage, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    internal static async Task AddEventAsync(SqliteConnection connection, SqliteTransaction? transaction, string jobId, long at, JobState state, string? stage, string? message, CancellationToken cancellationToken, string? worker = null)
    {
        // The worker is kept apart from the message: people see the message, only admins the worker.
        await using var command = Command(connection, transaction,
            "INSERT INTO job_events (job_id, at, state, stage, message, worker) VALUES ($id, $at, $state, $stage, $message, $worker)",
            ("$id", jobId), ("$at", at), ("$state", state.Name()), ("$stage", stage), ("$message", message), ("$worker", worker));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in one IMMEDIATE transaction on a studio connection (with its pragmas).</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }
}
