namespace GenScene.Studio.Data;

/// <summary>
/// The pragmas every connection runs with. WAL lets readers proceed while a job writes; a 30 s busy
/// timeout rides out the short write locks of concurrent job runners instead of failing.
/// </summary>
public static class SqlitePragmas
{
    public static readonly IReadOnlyList<(string Name, string Value)> Production =
    [
        ("journal_mode", "wal"),
        ("synchronous", "1"),          // NORMAL: durable in WAL mode, no fsync per commit
        ("foreign_keys", "1"),
        ("busy_timeout", "30000"),
        ("temp_store", "2"),           // MEMORY
        ("cache_size", "-65536"),      // 64 MB, negative means KiB
        ("mmap_size", "268435456"),    // 256 MB
    ];

    public static string Script { get; } =
        string.Concat(Production.Select(p => $"PRAGMA {p.Name} = {p.Value};"));

    /// <summary>
    /// For a read-only connection (EF opens one to ask whether the file exists): the journal mode is
    /// the file's, and switching it is a write that would fail; the next read-write connection sets it.
    /// </summary>
    public static string ReadOnlyScript { get; } =
        string.Concat(Production.Where(p => p.Name != "journal_mode").Select(p => $"PRAGMA {p.Name} = {p.Value};"));
}
