using GenScene.Studio.Data;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Data;

public sealed class StudioMigratorTests
{
    [Fact]
    public async Task A_new_database_gets_every_migration_once_and_a_second_start_applies_none()
    {
        using var database = new TestDatabase();

        var first = await database.Migrator.MigrateAsync(CancellationToken.None);
        var second = await database.Migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(AllMigrations(database), first.Applied);
        Assert.False(first.Baselined);
        Assert.Empty(second.Applied);
        Assert.Equal(AllMigrations(database), History(database));
    }

    [Fact]
    public async Task Two_processes_migrating_the_same_file_at_once_apply_each_migration_once()
    {
        using var first = new TestDatabase();
        using var second = new TestDatabase(sharedRoot: first.Paths.Root); // as two studios sharing a data directory

        var results = await Task.WhenAll(
            Task.Run(() => first.Migrator.MigrateAsync(CancellationToken.None)),
            Task.Run(() => second.Migrator.MigrateAsync(CancellationToken.None)));

        Assert.Equal(AllMigrations(first), results.SelectMany(r => r.Applied).Order(StringComparer.Ordinal));
        Assert.Equal(AllMigrations(first), History(first));
    }

    [Fact]
    public async Task A_start_waits_while_another_process_holds_the_migration_gate()
    {
        using var database = new TestDatabase();
        var gate = await MigrationGate.EnterAsync(database.Paths.MigrationLock, TimeSpan.FromSeconds(5), NullLogger.Instance, CancellationToken.None);

        var migrating = Task.Run(() => database.Migrator.MigrateAsync(CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(migrating.IsCompleted);
        Assert.False(TableExists(database, "jobs"));

        await gate.DisposeAsync();
        var outcome = await migrating.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(AllMigrations(database), outcome.Applied);
    }

    [Fact]
    public async Task EF_Migrate_takes_its_SQLite_lock_and_waits_while_another_holds_it()
    {
        using var database = new TestDatabase();
        Execute(database, """
            CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-01 10:00:00+00:00');
            """);

        // EF itself, around the studio's gate: it must not touch the schema while the lock row is there.
        var migrating = Task.Run(async () =>
        {
            await using var context = await database.Contexts.CreateDbContextAsync();
            await context.Database.MigrateAsync();
        });
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(migrating.IsCompleted);
        Assert.False(TableExists(database, "jobs"));

        Execute(database, "DELETE FROM \"__EFMigrationsLock\"");
        await migrating.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(TableExists(database, "jobs"));
        Assert.Equal(0, Count(database, "__EFMigrationsLock")); // released when done
    }

    [Fact]
    public async Task A_lock_row_left_by_a_process_killed_while_migrating_does_not_block_the_next_start()
    {
        using var database = await new TestDatabase().MigratedAsync();
        Execute(database, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 10:00:00+00:00')");

        var outcome = await database.Migrator.MigrateAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(outcome.Applied);
        Assert.Equal(0, Count(database, "__EFMigrationsLock"));
    }

    private static List<string> AllMigrations(TestDatabase database)
    {
        using var context = database.Contexts.CreateDbContext();
        return [.. context.Database.GetMigrations().Order(StringComparer.Ordinal)];
    }

    private static List<string> History(TestDatabase database)
    {
        using var connection = database.OpenRaw();
        return SqliteSchema.Query(connection, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"", r => r.GetString(0));
    }

    private static bool TableExists(TestDatabase database, string table)
    {
        using var connection = database.OpenRaw();
        return SqliteSchema.Query(connection, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'", r => r.GetInt64(0))[0] > 0;
    }

    private static long Count(TestDatabase database, string table)
    {
        using var connection = database.OpenRaw();
        return SqliteSchema.Query(connection, $"SELECT COUNT(*) FROM \"{table}\"", r => r.GetInt64(0))[0];
    }

    private static void Execute(TestDatabase database, string sql)
    {
        using var connection = database.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
