using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Storage;

/// <summary>The data directory layout: studio.db, media/, cache/, tmp/, logs/.</summary>
public sealed class StoragePaths
{
    public StoragePaths(IOptions<StudioOptions> options, IHostEnvironment environment)
        : this(Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath))
    {
    }

    public StoragePaths(string root)
    {
        Root = root;
    }

    public string Root { get; }
    public string Database => Path.Combine(Root, "studio.db");
    /// <summary>Locked by the one process migrating studio.db (Data/MigrationGate).</summary>
    public string MigrationLock => Path.Combine(Root, "studio.db.migrating");
    public string Media => Path.Combine(Root, "media");
    public string Cache => Path.Combine(Root, "cache");
    public string Temp => Path.Combine(Root, "tmp");
    public string Logs => Path.Combine(Root, "logs");

    public IEnumerable<string> Directories => [Root, Media, Cache, Temp, Logs];

    /// <summary>Creates every directory and proves each is writable, or says which path fails and why.</summary>
    public void EnsureWritable()
    {
        foreach (var directory in Directories)
        {
            try
            {
                Directory.CreateDirectory(directory);
                var probe = Path.Combine(directory, $".write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
                File.WriteAllBytes(probe, [1]);
                File.Delete(probe);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new StudioStartupException(
                    $"The data directory '{directory}' cannot be written: {ex.Message} " +
                    "Choose another with --data-dir or GenScene:DataDirectory.", ex);
            }
        }
    }
}
