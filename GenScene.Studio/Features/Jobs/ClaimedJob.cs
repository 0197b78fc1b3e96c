namespace GenScene.Studio.Features.Jobs;

/// <summary>A job this runner holds the lease on; <see cref="Attempt"/> counts this run.</summary>
public sealed record ClaimedJob(string Id, string Kind, string Payload, int Attempt, int MaxAttempts, string Owner)
{
    /// <summary>Who queued the job, when someone did: results a handler records carry it on.</summary>
    public Security.ContentOwner? CreatedBy { get; init; }
}
