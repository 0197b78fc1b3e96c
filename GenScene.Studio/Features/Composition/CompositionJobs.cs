using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Composition;

/// <summary>
/// The compose job's contract, owned by the feature that runs it: its kind, its payload
/// (<see cref="CompositionSpec"/>) and how to queue one. Episodes call it; composition knows nothing of episodes.
/// </summary>
public sealed class CompositionJobs(JobQueue queue)
{
    public const string JobKind = "episode.compose";

    /// <summary>The file a composition's clients are pointed at (the first backend's video_url).</summary>
    public const string VideoFileName = "episode.mp4";

    /// <param name="link">The page of what is composed (the caller's episode), shown with the job.</param>
    /// <param name="externalReference">The caller's own name for the job (the first backend's job_id).</param>
    public async Task<Job> EnqueueAsync(CompositionSpec spec, string? idempotencyKey, CancellationToken cancellationToken, string? link = null,
        string? externalReference = null) =>
        (await queue.EnqueueAsync(JobKind, spec, new EnqueueOptions(IdempotencyKey: idempotencyKey, Link: link, ExternalReference: externalReference), cancellationToken)
            .ConfigureAwait(false)).Job;
}
