using GenScene.Studio.Data;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Jobs;

/// <summary>Reading jobs for lists, detail views and the API.</summary>
public sealed class JobQueries(IDbContextFactory<StudioDbContext> contexts)
{
    /// <summary>
    /// Newest first. <paramref name="before"/> is a job id: only jobs created before that one.
    /// <paramref name="ownerKeyId"/>, when given, keeps only the jobs that API key started.
    /// </summary>
    public Task<IReadOnlyList<Job>> ListAsync(JobState? state, string? kind, int limit, string? before, string? ownerKeyId, CancellationToken cancellationToken) =>
        ListAsync(state, kind, limit, before, ownerKeyId, createdById: null, cancellationToken);

    /// <summary>
    /// As above; <paramref name="createdById"/>, when given, keeps only the jobs that user or key queued ("mine"),
    /// and <paramref name="reference"/> only those a client queued under that reference of its own.
    /// </summary>
    public async Task<IReadOnlyList<Job>> ListAsync(JobState? state, string? kind, int limit, string? before, string? ownerKeyId, string? createdById,
        CancellationToken cancellationToken, string? reference = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Jobs.AsNoTracking().Include(j => j.Files).AsQueryable();
        if (!string.IsNullOrEmpty(reference))
        {
            query = query.Where(j => j.ExternalReference == reference);
        }
        if (ownerKeyId is not null)
        {
            query = query.Where(j => j.OwnerKeyId == ownerKeyId);
        }
        if (createdById is not null)
        {
            query = query.Where(j => j.CreatedById == createdById);
        }
        if (state is { } s)
        {
            query = query.Where(j => j.State == s);
        }
        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(j => j.Kind == kind);
        }
        if (!string.IsNullOrEmpty(before))
        {
            // Ids are version-7 GUIDs: their text order is their creation order.
#pragma warning disable CA1309 // translated to SQL, where TEXT compares byte by byte (ordinal) already
            query = query.Where(j => string.Compare(j.Id, before) < 0);
#pragma warning restore CA1309
        }
        return await query.OrderByDescending(j => j.Id).Take(limit).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    // Compiled once: GET /api/jobs/{id} and the file server run it on every request.
    private static readonly Func<StudioDbContext, string, Task<Job?>> FindWithFiles = EF.CompileAsyncQuery(
        (StudioDbContext db, string id) => db.Jobs.AsNoTracking().Include(j => j.Files).FirstOrDefault(j => j.Id == id));

    public async Task<Job?> FindAsync(string id, bool withEvents, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (!withEvents)
        {
            return await FindWithFiles(db, id).ConfigureAwait(false);
        }
        // Split: files times events would multiply the rows of one join.
        return await db.Jobs.AsNoTracking().Include(j => j.Files).Include(j => j.Events.OrderBy(e => e.Id)).AsSplitQuery()
            .FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Jobs still queued, waiting or running, newest first; only <paramref name="createdById"/>'s when given.</summary>
    public async Task<IReadOnlyList<Job>> InProgressAsync(string? createdById, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Jobs.AsNoTracking().Where(j => j.State == JobState.Queued || j.State == JobState.Running || j.State == JobState.Failed);
        if (createdById is not null)
        {
            query = query.Where(j => j.CreatedById == createdById);
        }
        return await query.OrderByDescending(j => j.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> KindsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Jobs.AsNoTracking().Select(j => j.Kind).Distinct().OrderBy(k => k).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
