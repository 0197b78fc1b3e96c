using Microsoft.Data.Sqlite;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>Tables, columns and indexes of a database as SQLite itself reports them, as comparable text lines.</summary>
public static class SqliteSchema
{
    public static IReadOnlyList<string> Describe(SqliteConnection connection, params string[] ignoreTables)
    {
        var lines = new List<string>();
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0)))
        {
            if (ignoreTables.Contains(table))
            {
                continue;
            }
            lines.Add($"table {table}");
            lines.AddRange(Query(connection, $"SELECT name, upper(type), \"notnull\", pk, dflt_value FROM pragma_table_info('{table}') ORDER BY name",
                r => $"  column {table}.{r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)}"));
            foreach (var (index, unique) in Query(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c' ORDER BY name", r => (r.GetString(0), r.GetInt64(1))))
            {
                var columns = string.Join(",", Query(connection, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno", r => r.GetString(0)));
                lines.Add($"  index {index} on {table}({columns}) unique={unique}");
            }
            lines.AddRange(Query(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"",
                r => $"  fk {table}.{r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} on delete {r.GetString(3)}"));
        }
        return lines;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
