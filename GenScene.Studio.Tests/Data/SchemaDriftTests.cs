using GenScene.Studio.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GenScene.Studio.Tests.Data;

/// <summary>
/// The schema comes from EF Core migrations (ADR 0015). These keep three descriptions of it equal:
/// what the last SQL-script release left (TestData/studio-schema10.db), what the migrations build, and
/// the EF model the queries run on.
/// </summary>
public sealed class SchemaDriftTests
{
    public const string Schema10Fixture = "studio-schema10.db";
    private const string InitialSchema = "20261203092448_InitialSchema";

    [Fact]
    public async Task The_first_migration_builds_exactly_the_schema_the_last_SQL_script_release_left()
    {
        // The first migration is that release's schema; the ones after it change the schema on purpose.
        using var migrated = new TestDatabase();
        await using (var context = await migrated.Contexts.CreateDbContextAsync())
        {
            await context.GetService<IMigrator>().MigrateAsync(InitialSchema);
        }
        using var scripted = TestDatabase.CopyOf(TestData.Path(Schema10Fixture));

        using var expected = scripted.OpenRaw();
        using var actual = migrated.OpenRaw();
        Assert.Equal(string.Join('\n', SqliteSchema.Describe(expected)), string.Join('\n', SqliteSchema.Describe(actual)));
    }

    [Fact]
    public async Task The_migrations_and_the_EF_model_describe_the_same_tables_columns_and_indexes()
    {
        using var migrated = await new TestDatabase().MigratedAsync();
        using var fromModel = new TestDatabase();
        await using (var context = await fromModel.Contexts.CreateDbContextAsync())
        {
            await using var connection = new SqliteConnection($"Data Source={fromModel.Paths.Database}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = context.Database.GenerateCreateScript();
            await command.ExecuteNonQueryAsync();
        }

        using var modelled = fromModel.OpenRaw();
        using var built = migrated.OpenRaw();
        // The model lists a complex type's columns last; the migration keeps the scripts' order (by hand).
        Assert.Equal(string.Join('\n', SqliteSchema.Describe(modelled, columnOrder: false)), string.Join('\n', SqliteSchema.Describe(built, columnOrder: false)));
    }

    [Fact]
    public async Task The_model_has_no_change_that_no_migration_holds()
    {
        using var database = new TestDatabase();
        await using var context = await database.Contexts.CreateDbContextAsync();

        // Fails after an entity or configuration change until "dotnet tool run dotnet-ef migrations add" records it.
        Assert.False(context.Database.HasPendingModelChanges(), "The EF model has changes that no migration holds: add a migration (README, Database).");
    }
}
