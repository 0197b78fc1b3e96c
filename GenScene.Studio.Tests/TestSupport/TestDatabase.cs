using GenScene.Studio.Data;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>A real SQLite file in a temporary directory, wired exactly as the studio wires its own.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempDirectory? _directory;
    private readonly ServiceProvider _services;

    /// <summary>A new database file, or a second studio's view of an existing one (<paramref name="sharedRoot"/>).</summary>
    public TestDatabase(string? sharedRoot = null)
    {
        _directory = sharedRoot is null ? new TempDirectory("genscene-db") : null;
        Paths = new StoragePaths(sharedRoot ?? _directory!.Path);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Paths)
            .AddStudioDatabase()
            .BuildServiceProvider();
    }

    public StoragePaths Paths { get; }
    public IDbContextFactory<StudioDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
    public StudioMigrator Migrator => _services.GetRequiredService<StudioMigrator>();

    public async Task<TestDatabase> MigratedAsync()
    {
        await Migrator.MigrateAsync(CancellationToken.None);
        return this;
    }

    /// <summary>A new data directory whose studio.db is a copy of <paramref name="databaseFile"/> (a TestData fixture).</summary>
    public static TestDatabase CopyOf(string databaseFile)
    {
        var database = new TestDatabase();
        File.Copy(databaseFile, database.Paths.Database);
        return database;
    }

    /// <summary>A plain connection with no studio pragmas, to look at the file from outside.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Paths.Database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        _directory?.Dispose();
    }
}
