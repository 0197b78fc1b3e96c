using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// A database's schema and rows as SQLite itself reports them, as comparable text lines: tables with
/// their columns in order (type, nullability, default, key), AUTOINCREMENT, indexes (unique, partial,
/// columns with collation and order), foreign keys, views and triggers.
/// </summary>
public static class SqliteSchema
{
    /// <summary>Bookkeeping tables of the two migration mechanisms, not the studio's schema.</summary>
    public static readonly string[] MigrationTables = ["schema_migrations", "__EFMigrationsHistory", "__EFMigrationsLock"];

    public static IReadOnlyList<string> Describe(SqliteConnection connection, bool columnOrder = true)
    {
        var lines = new List<string>();
        foreach (var (table, sql) in Query(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => (r.GetString(0), r.GetString(1))))
        {
            if (MigrationTables.Contains(table))
            {
                continue;
            }
            lines.Add($"table {table}{(sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase) ? " autoincrement" : "")}");
            var columns = Query(connection, $"SELECT name, upper(type), \"notnull\", pk, dflt_value FROM pragma_table_info('{table}') ORDER BY cid",
                r => (Name: r.GetString(0), Line: $"  column {table}.{r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)} default={(r.IsDBNull(4) ? "none" : r.GetString(4))}"));
            if (columnOrder)
            {
                lines.Add($"  columns {string.Join(",", columns.Select(c => c.Name))}");
            }
            lines.AddRange(columns.Select(c => c.Line).Order(StringComparer.Ordinal));
            foreach (var (index, unique, partial) in Query(connection, $"SELECT name, \"unique\", partial FROM pragma_index_list('{table}') WHERE origin = 'c' ORDER BY name", r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2))))
            {
                var indexed = string.Join(",", Query(connection, $"SELECT name, desc, coll FROM pragma_index_xinfo('{index}') WHERE key = 1 ORDER BY seqno",
                    r => $"{r.GetString(0)}{(r.GetInt64(1) == 1 ? " desc" : "")}{(r.GetString(2) == "BINARY" ? "" : " collate " + r.GetString(2))}"));
                lines.Add($"  index {index} on {table}({indexed}) unique={unique} partial={partial}");
            }
            lines.AddRange(Query(connection, $"SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"",
                r => $"  fk {table}.{r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} on update {r.GetString(3)} on delete {r.GetString(4)}"));
        }
        lines.AddRange(Query(connection, "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY type, name",
            r => $"{r.GetString(0)} {r.GetString(1)} on {r.GetString(2)}"));
        return lines;
    }

    /// <summary>Every row of every studio table, one text line each, sorted: two files hold the same data when these are equal.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Rows(SqliteConnection connection)
    {
        var rows = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0)))
        {
            if (MigrationTables.Contains(table))
            {
                continue;
            }
            // Columns by name, so a row reads the same whatever order the table's columns stand in.
            var columns = Query(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY name", r => r.GetString(0));
            rows[table] = Query(connection, $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"", r => string.Join(" | ",
                    Enumerable.Range(0, r.FieldCount).Select(i => $"{columns[i]}={Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)}")))
                .Order(StringComparer.Ordinal).ToList();
        }
        return rows;
    }

    public static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
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
