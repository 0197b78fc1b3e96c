using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Composition;

/// <summary>
/// The compose job's contract, owned by the feature that runs it: its kind, its payload
/// (<see cref="CompositionSpec"/>) and how to queue one. Episodes call it; composition knows nothing of episodes.
/// </summary>
public sealed class CompositionJobs(JobQueue queue)
{
    public const string JobKind = "episode.compose";

    /// <param name="link">The page of what is composed (the caller's episode), shown with the job.</param>
    public async Task<Job> EnqueueAsync(CompositionSpec spec, string? idempotencyKey, CancellationToken cancellationToken, string? link = null) =>
        (await queue.EnqueueAsync(JobKind, spec, new EnqueueOptions(IdempotencyKey: idempotencyKey, Link: link), cancellationToken).ConfigureAwait(false)).Job;
}
