using System.Globalization;
using System.Reflection;
using GenScene.Studio.Data.Migrations;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GenScene.Studio.Data;

/// <summary>
/// studio.db files made by the releases that applied numbered SQL scripts (ADR 0002): their versions
/// sit in schema_migrations and there is no __EFMigrationsHistory. A file at the last such schema
/// equals <see cref="InitialSchema"/> (a test holds the two equal), so it is recorded as migrated
/// without running its DDL; schema_migrations then goes, so no older release can start on the file.
/// </summary>
public static class LegacySchema
{
    public const string VersionTable = "schema_migrations";

    /// <summary>The scripts the last SQL-script release shipped (8 and 9 were never released).</summary>
    public static readonly IReadOnlyList<long> LastReleaseVersions = [1, 2, 3, 4, 5, 6, 7, 10];

    public static long LastVersion => LastReleaseVersions[^1];

    public static string BaselineMigrationId { get; } = typeof(InitialSchema).GetCustomAttribute<MigrationAttribute>()!.Id;

    /// <summary>
    /// In one IMMEDIATE transaction: recognises a script-made file and records <see cref="InitialSchema"/>
    /// in __EFMigrationsHistory, or refuses a file the scripts left part-way. True when it baselined.
    /// </summary>
    public static async Task<bool> BaselineAsync(StudioDbContext context, string databaseFile, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (!await TableExistsAsync(connection, transaction, VersionTable, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            var history = context.GetService<IHistoryRepository>();
            var versions = await VersionsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (await TableExistsAsync(connection, transaction, HistoryRepository.DefaultTableName, cancellationToken).ConfigureAwait(false) || versions.Count == 0)
            {
                // Already on EF migrations, or a script release stopped before its first script: an empty
                // version table is all an older release leaves when it refuses a migrated file.
                if (versions.Count == 0)
                {
                    await ExecuteAsync(connection, transaction, $"DROP TABLE \"{VersionTable}\";", cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                return false;
            }
            if (!versions.SequenceEqual(LastReleaseVersions))
            {
                throw new StudioStartupException(
                    $"'{databaseFile}' is at schema {string.Join(",", versions)} of the SQL-script migrations, not at {LastVersion}: " +
                    (versions[^1] > LastVersion
                        ? "a newer studio made it. Start that release, or restore a backup made by this one."
                        : "an older studio stopped part-way through migrating it. Back up the data directory, start the last release " +
                          $"with SQL-script migrations once so that it completes schema {LastVersion}, then start this release."));
            }
            await ExecuteAsync(connection, transaction, history.GetCreateIfNotExistsScript(), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, history.GetInsertScript(new HistoryRow(BaselineMigrationId, ProductInfo.GetVersion())), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"DROP TABLE \"{VersionTable}\";", cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    public static async Task<bool> TableExistsAsync(SqliteConnection connection, SqliteTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name;";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task<List<long>> VersionsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT version FROM \"{VersionTable}\" ORDER BY version;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new List<long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt64(0));
        }
        return versions;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
