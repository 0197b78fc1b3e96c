using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Data;

/// <summary>What a start did to the schema.</summary>
public sealed record MigrationOutcome(bool Baselined, IReadOnlyList<string> Applied);

/// <summary>
/// Brings studio.db to the EF Core migrations in Data/Migrations (ADR 0015). One process at a time
/// (<see cref="MigrationGate"/>); a file made by the SQL-script releases is first recognised and
/// baselined (<see cref="LegacySchema"/>); then EF's Migrate applies what is pending.
/// </summary>
public sealed class StudioMigrator(IDbContextFactory<StudioDbContext> contexts, StoragePaths paths, ILogger<StudioMigrator> logger)
{
    /// <summary>How long a start waits for another process's migration before giving up.</summary>
    public static readonly TimeSpan GateTimeout = TimeSpan.FromMinutes(10);

    public const string EfLockTable = "__EFMigrationsLock";

    public async Task<MigrationOutcome> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var gate = await MigrationGate.EnterAsync(paths.MigrationLock, GateTimeout, logger, cancellationToken).ConfigureAwait(false);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        var baselined = await LegacySchema.BaselineAsync(context, paths.Database, cancellationToken).ConfigureAwait(false);
        if (baselined)
        {
            logger.LogInformation("{Database} came from a release with SQL-script migrations (schema {LegacyVersion}); recorded as migration {MigrationId} without running it",
                paths.Database, LegacySchema.LastVersion, LegacySchema.BaselineMigrationId);
        }
        await ReleaseStaleEfLockAsync(context, cancellationToken).ConfigureAwait(false);

        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        try
        {
            // EF takes its own lock (a row in __EFMigrationsLock) and applies each pending migration in a
            // transaction of its own, with its history row.
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            throw new StudioStartupException($"Migrating '{paths.Database}' failed: {ex.Message} A migration that fails is rolled back whole; those before it stay applied.", ex);
        }
        foreach (var migration in pending)
        {
            logger.LogInformation("Applied migration {MigrationId}", migration);
        }
        return new MigrationOutcome(baselined, pending);
    }

    /// <summary>
    /// EF's SQLite lock is a row that a killed process leaves behind, and Migrate would then wait for it
    /// forever. Only the holder of the gate migrates, so whatever row is there now is stale.
    /// </summary>
    private async Task ReleaseStaleEfLockAsync(StudioDbContext context, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await LegacySchema.TableExistsAsync(connection, null, EfLockTable, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            await using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM \"{EfLockTable}\";";
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                logger.LogWarning("Released a migration lock left in {Database} by a process that stopped while migrating", paths.Database);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
