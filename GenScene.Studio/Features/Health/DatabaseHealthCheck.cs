using GenScene.Studio.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenScene.Studio.Features.Health;

/// <summary>Asks SQLite itself: its version, the journal mode in force and the last migration applied.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<StudioDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var version = await Scalar(db, "SELECT sqlite_version()", cancellationToken).ConfigureAwait(false);
            var journal = await Scalar(db, "PRAGMA journal_mode", cancellationToken).ConfigureAwait(false);
            var schema = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).LastOrDefault() ?? "none";
            var data = new Dictionary<string, object> { ["sqliteVersion"] = version, ["journalMode"] = journal, ["schemaVersion"] = schema };
            return HealthCheckResult.Healthy($"SQLite {version}, {journal} journal, schema {schema}", data);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be read: {ex.Message}", ex);
        }
    }

    private static async Task<string> Scalar(StudioDbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
