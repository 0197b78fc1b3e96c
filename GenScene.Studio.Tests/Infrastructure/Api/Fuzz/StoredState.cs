using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>
/// What the studio has stored, read from outside: every row of every table (through a read-only
/// connection) and every file of the data directory with its size and hash.
/// </summary>
public sealed record StoredState(IReadOnlyDictionary<string, IReadOnlySet<string>> Rows, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>
    /// Columns that change by design when requests are merely made: the admin key's last use is stamped on
    /// every request the fuzz sends with it.
    /// </summary>
    private static readonly HashSet<string> Stamped = ["api_keys.last_used_at"];

    /// <summary>
    /// Tables that are bookkeeping, not anyone's content: the migration lock and the counter SQLite keeps
    /// for AUTOINCREMENT (it moves when a refused request's transaction rolled back).
    /// </summary>
    private static readonly HashSet<string> Bookkeeping = ["__EFMigrationsLock", "sqlite_sequence"];

    /// <summary>
    /// Files that change with every request or every start: the database's own files (compared by rows
    /// above), the request log, and scratch space for uploads in progress.
    /// </summary>
    private static bool IsLive(string relative) =>
        relative.StartsWith("studio.db", StringComparison.Ordinal)
        || relative.StartsWith("logs/", StringComparison.Ordinal)
        || relative.StartsWith("tmp/", StringComparison.Ordinal);

    public static StoredState Read(string dataDirectory)
    {
        var rows = new SortedDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "studio.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString()))
        {
            connection.Open();
            var tables = Query(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", r => r.GetString(0));
            foreach (var table in tables.Where(t => !Bookkeeping.Contains(t)))
            {
                rows[table] = Query(connection, $"SELECT * FROM \"{table}\"", r => Row(table, r)).ToHashSet(StringComparer.Ordinal);
            }
        }
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dataDirectory, file).Replace('\\', '/');
            if (!IsLive(relative))
            {
                using var stream = File.OpenRead(file);
                files[relative] = $"{stream.Length} {Convert.ToHexStringLower(SHA256.HashData(stream))}";
            }
        }
        return new StoredState(rows, files);
    }

    /// <summary>
    /// What was stored here and is not stored identically in <paramref name="after"/>: changed or removed rows and
    /// files. Rows of the things in <paramref name="edited"/> (an id column, or a column naming it such as a scene's
    /// episode_id) are expected to change: an edit the fuzz sent was valid and accepted (see FuzzAllowList).
    /// </summary>
    public IReadOnlyList<string> LostOrChangedIn(StoredState after, IReadOnlySet<string> edited)
    {
        var lost = new List<string>();
        foreach (var (table, rows) in Rows)
        {
            var now = after.Rows.TryGetValue(table, out var r) ? r : new HashSet<string>();
            lost.AddRange(rows.Where(row => !now.Contains(row) && !Names(row, edited)).Select(row => $"row of {table} changed or removed: {Short(row)}"));
        }
        foreach (var (file, fingerprint) in Files)
        {
            if (!after.Files.TryGetValue(file, out var now) || now != fingerprint)
            {
                lost.Add($"file {file} changed or removed ({fingerprint} → {now ?? "gone"})");
            }
        }
        return lost;
    }

    /// <summary>Rows and files that are new in <paramref name="after"/>, per table or "files".</summary>
    public IReadOnlyDictionary<string, int> AddedIn(StoredState after)
    {
        var added = after.Rows.ToDictionary(t => t.Key, t => t.Value.Count(row => !Rows.TryGetValue(t.Key, out var before) || !before.Contains(row)));
        added["files"] = after.Files.Keys.Count(f => !Files.ContainsKey(f));
        return added.Where(a => a.Value > 0).ToDictionary();
    }

    private static bool Names(string row, IReadOnlySet<string> ids) => row.Split('|').Any(column =>
        column.IndexOf('=', StringComparison.Ordinal) is var at and > 0
        && (column[..at] == "id" || column[..at].EndsWith("_id", StringComparison.Ordinal))
        && ids.Contains(column[(at + 1)..]));

    private static string Row(string table, SqliteDataReader reader) =>
        string.Join("|", Enumerable.Range(0, reader.FieldCount)
            .Where(i => !Stamped.Contains($"{table}.{reader.GetName(i)}"))
            .Select(i => $"{reader.GetName(i)}={Value(reader, i)}"));

    private static string Value(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? "null" : reader.GetValue(i) switch
    {
        byte[] bytes => "blob:" + Convert.ToHexStringLower(SHA256.HashData(bytes)),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }
        return list;
    }

    private static string Short(string row) => row.Length > 300 ? row[..300] + "…" : row;
}
