using GenScene.Studio.Data;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Tests.Data;

/// <summary>
/// The schema comes from hand-written scripts (EF's migration tooling is not available here), so
/// this test keeps the scripts and the EF model from drifting apart.
/// </summary>
public sealed class SchemaDriftTests
{
    [Fact]
    public async Task The_migration_scripts_and_the_EF_model_describe_the_same_tables_columns_and_indexes()
    {
        using var fromScripts = await new TestDatabase().MigratedAsync();
        using var fromModel = new TestDatabase();
        await using (var context = await fromModel.Contexts.CreateDbContextAsync())
        {
            var script = context.Database.GenerateCreateScript();
            await using var connection = new SqliteConnection($"Data Source={fromModel.Paths.Database}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = script;
            await command.ExecuteNonQueryAsync();
        }

        using var scripted = fromScripts.OpenRaw();
        using var modelled = fromModel.OpenRaw();
        var expected = SqliteSchema.Describe(modelled);
        var actual = SqliteSchema.Describe(scripted, StudioMigrator.VersionTable);

        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }
}
