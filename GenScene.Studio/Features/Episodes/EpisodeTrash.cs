using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Episodes;

/// <summary>
/// Deleted episodes wait here for <see cref="KeepFor"/> before the housekeeping purges them with their
/// renders' files: renders can be large and long to make, so a deletion by mistake must be undoable.
/// </summary>
public sealed class EpisodeTrash(IDbContextFactory<StudioDbContext> contexts, JobRemoval jobs, TimeProvider time)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    public enum RestoreOutcome { Restored, NotFound, NotInTrash }

    /// <summary>The trashed episodes, the most recently deleted first.</summary>
    public async Task<IReadOnlyList<Episode>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Episodes.AsNoTracking().Where(e => e.DeletedAt != null).OrderByDescending(e => e.DeletedAt)
            .Include(e => e.Scenes).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<RestoreOutcome> RestoreAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var restored = await db.Episodes.Where(e => e.Id == id && e.DeletedAt != null)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.DeletedAt, (DateTimeOffset?)null), cancellationToken).ConfigureAwait(false);
        if (restored > 0)
        {
            return RestoreOutcome.Restored;
        }
        return await db.Episodes.AnyAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false) ? RestoreOutcome.NotInTrash : RestoreOutcome.NotFound;
    }

    /// <summary>Removes for good the episodes trashed longer than <see cref="KeepFor"/> ago, their render jobs and those jobs' files first.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - KeepFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var doomed = await db.Episodes.Where(e => e.DeletedAt != null && e.DeletedAt < cutoff).Select(e => e.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (doomed.Count == 0)
        {
            return 0;
        }
        var renders = await db.EpisodeRenders.Where(r => doomed.Contains(r.EpisodeId)).Select(r => r.JobId).ToListAsync(cancellationToken).ConfigureAwait(false);
        await jobs.RemoveAsync(renders, cancellationToken).ConfigureAwait(false);
        // Scenes and the render records go with the episode (cascades).
        return await db.Episodes.Where(e => doomed.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
