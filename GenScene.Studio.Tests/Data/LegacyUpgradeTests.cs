using System.Net;
using System.Text.Json;
using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenScene.Studio.Tests.Data;

/// <summary>
/// A data directory made by the last release with SQL-script migrations (TestData/studio-schema10.db:
/// schema 10, rows in every table) keeps working once this release has started on it (ADR 0015).
/// </summary>
public sealed class LegacyUpgradeTests
{
    private const string EpisodeId = "019ad3f4cc037d4e0f5a6b7c8d9eafb1";

    [Fact]
    public async Task A_schema_10_data_directory_is_baselined_at_start_keeps_every_row_and_serves_reads_and_writes()
    {
        await using var studio = new StudioFactory()
            .With("Jobs:RunnerEnabled", "false")
            .With("Jobs:FinishedJobMaxAgeDays", "3650"); // the fixture's finished jobs are old; housekeeping must keep them
        var database = Path.Combine(studio.DataDirectory, "studio.db");
        File.Copy(TestData.Path(SchemaDriftTests.Schema10Fixture), database);
        var before = Rows(database);

        // What every start runs first (StudioPreparation), alone, so that nothing else writes meanwhile.
        await PrepareAsync(studio.DataDirectory);

        Assert.Equal(before, Rows(database));
        Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"));
        // Edit versions (ADR 0017): old episodes start at 1; a style's old version, which counted its look, is its look version now.
        Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM episodes WHERE version <> 1"));
        Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM styles WHERE look_version <> version"));
        await using (var context = await studio.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
            Assert.Contains(LegacySchema.BaselineMigrationId, await context.Database.GetAppliedMigrationsAsync());

            var episode = await context.Episodes.Include(e => e.Scenes).SingleAsync(e => e.Id == EpisodeId);
            Assert.Equal("Madrid in the morning", episode.Title);
            Assert.Equal(["Buenos días desde la Plaza Mayor.", "La ciudad despierta despacio."], episode.Scenes.OrderBy(s => s.Position).Select(s => s.Text));
        }

        // The whole studio on it: the API reads the old rows and a new job is written and read back.
        using var http = studio.CreateClient();
        using var read = await http.GetAsync($"/api/episodes/{EpisodeId}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Madrid in the morning", JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());

        var job = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(1), null, CancellationToken.None)).Job;
        using var written = await http.GetAsync($"/api/jobs/{job.Id}");
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal("queued", JsonDocument.Parse(await written.Content.ReadAsStringAsync()).RootElement.GetProperty("state").GetString());

        // Seeding and signing in may add rows; no row of the old file is lost or changed.
        Assert.Empty(before.Except(Rows(database)));
    }

    [Fact]
    public async Task Two_processes_starting_on_a_schema_10_file_at_once_baseline_it_once()
    {
        using var first = TestDatabase.CopyOf(TestData.Path(SchemaDriftTests.Schema10Fixture));
        using var second = new TestDatabase(sharedRoot: first.Paths.Root);
        var before = Rows(first.Paths.Database);

        var outcomes = await Task.WhenAll(
            Task.Run(() => first.Migrator.MigrateAsync(CancellationToken.None)),
            Task.Run(() => second.Migrator.MigrateAsync(CancellationToken.None)));

        Assert.Single(outcomes, o => o.Baselined);
        Assert.Equal(before, Rows(first.Paths.Database));
        Assert.Equal(1, Scalar(first.Paths.Database, $"SELECT COUNT(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{LegacySchema.BaselineMigrationId}'"));
    }

    [Fact]
    public async Task A_file_from_a_newer_script_release_is_refused_and_left_as_it_was()
    {
        using var database = TestDatabase.CopyOf(TestData.Path(SchemaDriftTests.Schema10Fixture));
        Execute(database.Paths.Database, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (11, 'future', '2026-12-02T10:00:00Z')");

        var error = await Assert.ThrowsAsync<StudioStartupException>(() => database.Migrator.MigrateAsync(CancellationToken.None));

        Assert.Contains("a newer studio made it", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Scalar(database.Paths.Database, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'"));
    }

    [Fact]
    public async Task A_file_an_older_release_left_part_way_stops_the_studio_with_one_line_saying_what_to_do()
    {
        using var data = new TempDirectory("genscene-legacy");
        var database = Path.Combine(data.Path, "studio.db");
        File.Copy(TestData.Path(SchemaDriftTests.Schema10Fixture), database);
        Execute(database, "DELETE FROM schema_migrations WHERE version > 5");

        await using var studio = StudioProcess.Start(data.Path);

        Assert.True(await studio.WaitForExitAsync(TimeSpan.FromSeconds(60)), studio.Output);
        Assert.Equal(1, studio.ExitCode);
        var reason = Assert.Single(studio.Output.Split('\n'), line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("is at schema 1,2,3,4,5 of the SQL-script migrations, not at 10", reason, StringComparison.Ordinal);
        Assert.Contains("start the last release with SQL-script migrations once", reason, StringComparison.Ordinal);
        Assert.Equal(0, Scalar(database, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'"));
        Assert.Equal(5, Scalar(database, "SELECT COUNT(*) FROM schema_migrations"));
    }

    private static async Task PrepareAsync(string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            EnvironmentName = "Testing",
            ApplicationName = "GenScene.Studio",
            ContentRootPath = RepositoryPaths.StudioProject,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["GenScene:DataDirectory"] = dataDirectory });
        builder.AddStudioCore([]);
        builder.AddStudioDatabase();
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }

    /// <summary>
    /// "table: column=value | ..." for every row of every studio table, sorted, with the columns schema 10 had: the columns
    /// later migrations add (with their values for old rows) are not the old data whose keeping these tests check.
    /// </summary>
    private static List<string> Rows(string databaseFile)
    {
        using var connection = Open(databaseFile);
        using var fixture = new SqliteConnection($"Data Source={TestData.Path(SchemaDriftTests.Schema10Fixture)};Mode=ReadOnly;Pooling=False");
        fixture.Open();
        var schema10 = SqliteSchema.Query(fixture, "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'",
            r => $"{r.GetString(0)}.{r.GetString(1)}").ToHashSet(StringComparer.Ordinal);
        return [.. SqliteSchema.Rows(connection).SelectMany(table => table.Value.Select(row =>
            $"{table.Key}: {string.Join(" | ", row.Split(" | ").Where(part => !schema10.Any(c => c.StartsWith(table.Key + ".", StringComparison.Ordinal))
                || schema10.Contains($"{table.Key}.{part[..part.IndexOf('=', StringComparison.Ordinal)]}")))}"))];
    }

    private static long Scalar(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        return SqliteSchema.Query(connection, sql, r => r.GetInt64(0))[0];
    }

    private static void Execute(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string databaseFile)
    {
        var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        return connection;
    }
}
