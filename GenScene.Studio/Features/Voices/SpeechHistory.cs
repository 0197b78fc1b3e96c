using GenScene.Studio.Data;
using GenScene.Studio.Features.Voices.Tts;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Voices;

/// <summary>Speech people generated (never samples), newest first: the Speech page's Recent and Home's.</summary>
public sealed class SpeechHistory(IDbContextFactory<StudioDbContext> contexts)
{
    /// <summary>The newest <paramref name="limit"/> results; only <paramref name="createdById"/>'s when given ("mine").</summary>
    public async Task<List<SpeechResult>> RecentAsync(string? createdById, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.SpeechResults.AsNoTracking();
        if (createdById is not null)
        {
            query = query.Where(r => r.CreatedById == createdById);
        }
        return await query.OrderByDescending(r => r.CreatedAt).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SpeechResult?> FindAsync(string jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.SpeechResults.AsNoTracking().FirstOrDefaultAsync(r => r.JobId == jobId, cancellationToken).ConfigureAwait(false);
    }
}
