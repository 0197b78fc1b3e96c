using GenScene.Studio.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GenScene.Studio.Tests.Data;

/// <summary>
/// What the studio relies on when a migration fails at start (ADR 0015): on SQLite, EF applies each
/// pending migration in its own transaction with its history row, as the SQL-script migrator did, so
/// a failing migration leaves nothing of itself behind and the ones before it stay applied. Shown on a
/// context of the test's own with three small migrations, the last one broken.
/// </summary>
public sealed class MigrationRollbackTests
{
    [Fact]
    public async Task A_failing_migration_is_rolled_back_whole_while_the_ones_before_it_stay_with_their_rows()
    {
        using var directory = new TempDirectory("genscene-rollback");
        var options = new DbContextOptionsBuilder<ProbeContext>()
            .UseSqlite($"Data Source={directory.Combine("probe.db")};Pooling=False")
            .Options;
        await using (var context = new ProbeContext(options))
        {
            await context.GetService<IMigrator>().MigrateAsync(NotesMigration.Id);
            await context.Database.ExecuteSqlRawAsync("INSERT INTO notes (body) VALUES ('kept')");
        }

        await using (var context = new ProbeContext(options))
        {
            var error = await Assert.ThrowsAsync<SqliteException>(() => context.Database.MigrateAsync());
            Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        }

        await using var connection = new SqliteConnection($"Data Source={directory.Combine("probe.db")};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(["__EFMigrationsHistory", "__EFMigrationsLock", "notes", "tags"],
            SqliteSchema.Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0)));
        Assert.Equal([NotesMigration.Id, TagsMigration.Id], SqliteSchema.Query(connection, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1", r => r.GetString(0)));
        Assert.Equal(["kept"], SqliteSchema.Query(connection, "SELECT body FROM notes", r => r.GetString(0)));
        Assert.Equal([0L], SqliteSchema.Query(connection, "SELECT COUNT(*) FROM \"__EFMigrationsLock\"", r => r.GetInt64(0)));
    }

    public sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options);

    [DbContext(typeof(ProbeContext))]
    [Migration(Id)]
    public sealed class NotesMigration : Migration
    {
        public const string Id = "00000000000001_Notes";

        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
    }

    [DbContext(typeof(ProbeContext))]
    [Migration(Id)]
    public sealed class TagsMigration : Migration
    {
        public const string Id = "00000000000002_Tags";

        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL); CREATE UNIQUE INDEX ix_tags_name ON tags (name);");
    }

    [DbContext(typeof(ProbeContext))]
    [Migration("00000000000003_Broken")]
    public sealed class BrokenMigration : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TABLE half (id INTEGER);");
            migrationBuilder.Sql("INSERT INTO no_such_table VALUES (1);");
        }
    }
}
