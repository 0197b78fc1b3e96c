using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GenScene.Studio.Data;

/// <summary>
/// Applies <see cref="SqlitePragmas"/> once per physical connection. Pooled connections are opened
/// again and again; the native handle tells a new physical connection from a reused one.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection, out var sqlite))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = ScriptFor(sqlite);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection, out var sqlite))
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = ScriptFor(sqlite);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string ScriptFor(SqliteConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? SqlitePragmas.ReadOnlyScript : SqlitePragmas.Script;

    private bool NeedsPragmas(DbConnection connection, out SqliteConnection sqlite)
    {
        sqlite = (SqliteConnection)connection;
        var handle = sqlite.Handle;
        if (handle is null)
        {
            return true;
        }
        return _configured.TryAdd(handle, handle);
    }
}
