using GenScene.Studio.Data;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace GenScene.Studio.Tests.Data;

public sealed class SqlitePragmaTests
{
    public static TheoryData<string, string> Expected => new()
    {
        { "journal_mode", "wal" },
        { "synchronous", "1" },          // NORMAL
        { "foreign_keys", "1" },
        { "busy_timeout", "30000" },
        { "temp_store", "2" },           // MEMORY
        { "cache_size", "-65536" },      // 64 MB
        { "mmap_size", "268435456" },    // 256 MB
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Every_studio_connection_runs_with_the_production_pragma(string pragma, string expected)
    {
        using var database = await new TestDatabase().MigratedAsync();

        // First a fresh physical connection, then the same one again from the pool.
        Assert.Equal(expected, await ReadPragmaAsync(database, pragma));
        Assert.Equal(expected, await ReadPragmaAsync(database, pragma));
        SqliteConnection.ClearAllPools();
        Assert.Equal(expected, await ReadPragmaAsync(database, pragma));
    }

    [Fact]
    public async Task The_database_file_itself_is_in_wal_mode()
    {
        using var database = await new TestDatabase().MigratedAsync();

        using var raw = database.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        Assert.True(File.Exists(database.Paths.Database));
    }

    [Fact]
    public async Task EFs_read_only_look_at_a_file_not_yet_in_wal_mode_succeeds_and_the_next_connection_turns_it_to_wal()
    {
        using var database = new TestDatabase();
        using (var raw = database.OpenRaw())
        {
            using var create = raw.CreateCommand();
            create.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE restored (id INTEGER PRIMARY KEY);"; // as a restored backup
            create.ExecuteNonQuery();
        }

        await using (var context = await database.Contexts.CreateDbContextAsync())
        {
            // Migrate asks this first, on a read-only connection of its own.
            Assert.True(await context.GetService<IRelationalDatabaseCreator>().ExistsAsync());
        }

        Assert.Equal("wal", await ReadPragmaAsync(database, "journal_mode"));
    }

    private static async Task<string> ReadPragmaAsync(TestDatabase database, string pragma)
    {
        await using var context = await database.Contexts.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
