using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Episodes;

/// <summary>Starts compose jobs: freezes the episode into a spec, queues it, remembers the render.</summary>
public sealed class EpisodeComposer(EpisodeService episodes, CompositionJobs compositions)
{
    /// <param name="externalReference">The caller's own name for the job (the first backend's job_id), kept to search and show.</param>
    public async Task<Job> ComposeAsync(Episode episode, string? idempotencyKey, CancellationToken cancellationToken, string? externalReference = null)
    {
        var spec = await episodes.SpecAsync(episode, cancellationToken).ConfigureAwait(false);
        var stored = spec.EpisodeId is { } episodeId && episodeId != "inline";
        var job = await compositions.EnqueueAsync(spec, idempotencyKey, cancellationToken, link: stored ? $"/episodes/{spec.EpisodeId}" : null,
            externalReference: externalReference).ConfigureAwait(false);
        if (stored && spec.EpisodeId is { } id)
        {
            await episodes.RecordRenderAsync(id, job, cancellationToken).ConfigureAwait(false);
        }
        return job;
    }
}
