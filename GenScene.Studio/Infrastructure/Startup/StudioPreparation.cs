using GenScene.Studio.Data;
using GenScene.Studio.Infrastructure.Storage;

namespace GenScene.Studio.Infrastructure.Startup;

/// <summary>
/// Runs first at start, before the server listens and before any job runner: the data directory
/// must be writable and the schema current. A failure stops the studio with one clear line.
/// </summary>
public sealed class StudioPreparation(StoragePaths paths, StudioMigrator migrator, ILogger<StudioPreparation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        paths.EnsureWritable();
        var outcome = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Data directory {DataDirectory} ready; {MigrationCount} migrations applied", paths.Root, outcome.Applied.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
