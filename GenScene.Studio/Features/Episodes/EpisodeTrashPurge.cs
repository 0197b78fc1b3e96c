using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Episodes;

/// <summary>Hands the trash's purge to the studio's periodic housekeeping.</summary>
public sealed class EpisodeTrashPurge(EpisodeTrash trash) : IHousekeepingTask
{
    public Task<int> RunAsync(CancellationToken cancellationToken) => trash.PurgeAsync(cancellationToken);
}
