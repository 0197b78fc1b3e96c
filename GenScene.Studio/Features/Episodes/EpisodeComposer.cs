using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Episodes;

/// <summary>Starts compose jobs: freezes the episode into a spec, queues it, remembers the render.</summary>
public sealed class EpisodeComposer(EpisodeService episodes, JobQueue queue)
{
    /// <summary>The job kind the composition feature handles.</summary>
    public const string JobKind = "episode.compose";

    public async Task<Job> ComposeAsync(Episode episode, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var spec = await episodes.SpecAsync(episode, cancellationToken).ConfigureAwait(false);
        var job = (await queue.EnqueueAsync(JobKind, spec, new EnqueueOptions(IdempotencyKey: idempotencyKey), cancellationToken).ConfigureAwait(false)).Job;
        if (spec.EpisodeId is { } id && id != "inline")
        {
            await episodes.RecordRenderAsync(id, job, cancellationToken).ConfigureAwait(false);
        }
        return job;
    }
}
