using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>The studio's database file seen from outside: plain connections, no pool, no studio code.</summary>
public static class RawSqlite
{
    public static SqliteConnection Open(string dataDirectory)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "studio.db"),
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 30000;";
        busy.ExecuteNonQuery();
        return connection;
    }

    public static long Scalar(string dataDirectory, string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open(dataDirectory);
        using var command = Prepare(connection, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static int Execute(string dataDirectory, string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open(dataDirectory);
        using var command = Prepare(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static List<T> Query<T>(string dataDirectory, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open(dataDirectory);
        using var command = Prepare(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }
}
