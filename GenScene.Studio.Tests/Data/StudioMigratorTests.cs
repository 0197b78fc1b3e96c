using GenScene.Studio.Data;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Data;

public sealed class StudioMigratorTests
{
    private static readonly MigrationScript[] Scripts =
    [
        new(1, "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"),
        new(2, "tags", "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL); CREATE UNIQUE INDEX ix_tags_name ON tags (name);"),
    ];

    [Fact]
    public async Task Scripts_are_applied_in_order_and_recorded_once()
    {
        using var database = new TestDatabase();

        var first = await database.Migrator.MigrateAsync(Scripts, CancellationToken.None);
        var second = await database.Migrator.MigrateAsync(Scripts, CancellationToken.None);

        Assert.Equal([1, 2], first);
        Assert.Empty(second);
        Assert.Equal(["1 notes", "2 tags"], Rows(database, "SELECT version || ' ' || name FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public async Task A_failing_script_is_rolled_back_whole_and_names_itself_while_earlier_ones_stay()
    {
        using var database = new TestDatabase();
        await database.Migrator.MigrateAsync([Scripts[0]], CancellationToken.None);
        Execute(database, "INSERT INTO notes (body) VALUES ('kept')");
        MigrationScript broken = new(2, "broken", "CREATE TABLE half (id INTEGER); INSERT INTO no_such_table VALUES (1);");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Migrator.MigrateAsync([Scripts[0], broken], CancellationToken.None));

        Assert.Contains("0002_broken", error.Message);
        Assert.Contains("no_such_table", error.Message);
        Assert.Empty(Rows(database, "SELECT name FROM sqlite_master WHERE name = 'half'"));
        Assert.Equal(["1"], Rows(database, "SELECT version FROM schema_migrations"));
        Assert.Equal(["kept"], Rows(database, "SELECT body FROM notes"));
    }

    [Fact]
    public async Task Two_processes_migrating_the_same_file_at_once_apply_each_script_once()
    {
        using var first = new TestDatabase();
        using var second = new TestDatabase(sharedRoot: first.Paths.Root); // as two studios sharing a data directory

        var results = await Task.WhenAll(
            Task.Run(() => first.Migrator.MigrateAsync(Scripts, CancellationToken.None)),
            Task.Run(() => second.Migrator.MigrateAsync(Scripts, CancellationToken.None)));

        Assert.Equal([1, 2], results.SelectMany(r => r).Order());
        Assert.Equal(["2"], Rows(first, "SELECT COUNT(*) FROM schema_migrations"));
    }

    private static List<string> Rows(TestDatabase database, string sql)
    {
        using var connection = database.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return rows;
    }

    private static void Execute(TestDatabase database, string sql)
    {
        using var connection = database.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
