using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs;

/// <param name="IdempotencyKey">The same key and payload return the job already created.</param>
/// <param name="ParentJobId">The job this one is a step of (a composition's scene renders).</param>
/// <param name="MaxAttempts">Overrides the kind's configured attempts.</param>
/// <param name="OwnerKeyId">The API key the job is queued for; by default the caller's (<see cref="IJobOwnerSource"/>).</param>
/// <param name="Title">What people read for the job; by default the handler's <see cref="IJobHandler.Label"/> of the payload.</param>
/// <param name="Link">The page of what the job belongs to (the episode, the speech): by default the handler's.</param>
/// <param name="ExternalReference">The caller's own name for the job (<see cref="Job.ExternalReference"/>).</param>
public sealed record EnqueueOptions(string? IdempotencyKey = null, string? ParentJobId = null, int? MaxAttempts = null, string? OwnerKeyId = null,
    string? Title = null, string? Link = null, string? ExternalReference = null);

public sealed record EnqueueResult(Job Job, bool Created);

/// <summary>The idempotency key was used before with a different request.</summary>
public sealed class IdempotencyConflictException(string key)
    : Exception(Texts<JobsText>.Format("IdempotencyConflict", key));

/// <summary>The job is in a state that does not allow the operation (e.g. retrying a running job).</summary>
public sealed class JobStateConflictException(string message) : Exception(message);
