using GenScene.Studio.Data;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace GenScene.Studio.Features.Database;

public sealed record DatabaseStats(string File, long FileBytes, long WalBytes, long PageSize, long PageCount, long FreePages, IReadOnlyDictionary<string, long> Rows);

public sealed record OptimizeResult(long WalBytesBefore, long WalBytesAfter, long FreePagesBefore, long FreePagesAfter, double Milliseconds);

/// <summary>The database as an operator sees it: size and rows, recent query timings, and upkeep (admin).</summary>
public static class DatabaseEndpoints
{
    public static RouteGroupBuilder MapDatabaseApi(this RouteGroupBuilder api)
    {
        var database = api.MapGroup("/database").WithTags("Database");
        database.MapGet("/stats", async (StoragePaths paths, CancellationToken ct) => TypedResults.Ok(await StatsAsync(paths, ct)))
            .WithSummary("File and WAL size, pages, and the row count of every table.");
        database.MapGet("/performance", (QueryTimings timings) => TypedResults.Ok(timings.Summary()))
            .WithSummary($"Timings of the last {QueryTimings.Capacity} database commands: count, p50, p95, max and the slowest five.");
        database.MapPost("/optimize", OptimizeAsync)
            .WithSummary("PRAGMA optimize, a WAL checkpoint (truncate) and an incremental vacuum. Admin only.");
        return api;
    }

    private static async Task<DatabaseStats> StatsAsync(StoragePaths paths, CancellationToken ct)
    {
        await using var connection = await OpenAsync(paths, ct);
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            // Names come from sqlite_schema itself, quoted; nothing from the request reaches this SQL.
            rows[table] = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct);
        }
        return new DatabaseStats(Path.GetFileName(paths.Database), Bytes(paths.Database), Bytes(paths.Database + "-wal"),
            await ScalarAsync(connection, "PRAGMA page_size", ct), await ScalarAsync(connection, "PRAGMA page_count", ct),
            await ScalarAsync(connection, "PRAGMA freelist_count", ct), rows);
    }

    private static async Task<IResult> OptimizeAsync(StoragePaths paths, TimeProvider time, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        await using var connection = await OpenAsync(paths, ct);
        var walBefore = Bytes(paths.Database + "-wal");
        var freeBefore = await ScalarAsync(connection, "PRAGMA freelist_count", ct);
        await ScalarAsync(connection, "PRAGMA optimize", ct);
        await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", ct);
        await ScalarAsync(connection, "PRAGMA incremental_vacuum", ct);
        return TypedResults.Ok(new OptimizeResult(walBefore, Bytes(paths.Database + "-wal"), freeBefore,
            await ScalarAsync(connection, "PRAGMA freelist_count", ct), Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1)));
    }

    private static async Task<SqliteConnection> OpenAsync(StoragePaths paths, CancellationToken ct)
    {
        var connection = new SqliteConnection(DataModule.ConnectionString(paths.Database));
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct) is long value ? value : 0;
    }

    private static long Bytes(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;
}
