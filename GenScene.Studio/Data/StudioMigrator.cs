using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Data;

/// <summary>
/// Applies the numbered SQL scripts that EF's design-time tooling cannot generate here (ADR 0002).
/// Each script runs in its own IMMEDIATE transaction together with its row in schema_migrations,
/// so a failing script leaves nothing behind and two processes starting at once apply it once.
/// </summary>
public sealed class StudioMigrator(IDbContextFactory<StudioDbContext> contexts, ILogger<StudioMigrator> logger)
{
    public const string VersionTable = "schema_migrations";

    public async Task<IReadOnlyList<int>> MigrateAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        await ExecuteAsync(connection, null,
            $"CREATE TABLE IF NOT EXISTS {VersionTable} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
            cancellationToken).ConfigureAwait(false);

        var applied = new List<int>();
        foreach (var script in scripts.OrderBy(s => s.Version))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (await IsAppliedAsync(connection, transaction, script.Version, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            try
            {
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                throw new InvalidOperationException($"Migration {script.Version:0000}_{script.Name} failed and was rolled back: {ex.Message}", ex);
            }
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {VersionTable} (version, name, applied_at) VALUES ($v, $n, $t);";
                record.Parameters.AddWithValue("$v", script.Version);
                record.Parameters.AddWithValue("$n", script.Name);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(script.Version);
            logger.LogInformation("Applied migration {Version} {Name}", script.Version, script.Name);
        }
        return applied;
    }

    private static async Task<bool> IsAppliedAsync(SqliteConnection connection, SqliteTransaction transaction, int version, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM {VersionTable} WHERE version = $v;";
        command.Parameters.AddWithValue("$v", version);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
