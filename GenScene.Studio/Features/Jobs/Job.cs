namespace GenScene.Studio.Features.Jobs;

/// <summary>One unit of long work, durable in SQLite. State changes go through <see cref="JobStore"/>.</summary>
public sealed class Job
{
    public required string Id { get; set; }
    public required string Kind { get; set; }
    public required string Payload { get; set; }
    public JobState State { get; set; }
    public int Progress { get; set; }
    public string? Stage { get; set; }
    public int Attempts { get; set; }
    public int MaxAttempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public bool CancelRequested { get; set; }
    public string? ErrorClass { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? ParentJobId { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? PayloadHash { get; set; }
    /// <summary>The API key that queued the job (null for pages and the studio itself); its webhook hears the end.</summary>
    public string? OwnerKeyId { get; set; }
    /// <summary>
    /// The caller's own name for the job (the first front end's <c>job_id</c>): kept to search and show,
    /// never used as the job's id, which the studio alone gives.
    /// </summary>
    public string? ExternalReference { get; set; }
    /// <summary>Who queued it (<see cref="Security.ContentOwner.Id"/>: "user:ID" or "api-key:ID"); null for the studio itself.</summary>
    public string? CreatedById { get; set; }
    /// <summary>That user's or key's name when the job was queued, for lists.</summary>
    public string? CreatedByName { get; set; }
    /// <summary>What a person reads instead of the kind ("Compose 'La tienda'"), given by whoever queued it or by its handler.</summary>
    public string? Title { get; set; }
    /// <summary>The studio page of what the job belongs to (the episode, the speech), given by the feature that queued it.</summary>
    public string? Link { get; set; }

    public List<JobFile> Files { get; } = [];

    /// <summary>The title, or the kind for jobs queued before titles existed.</summary>
    public string DisplayTitle() => Title ?? Kind;
    public List<JobEvent> Events { get; } = [];
}

/// <summary>A file a job produced, stored under data/media/jobs/{jobId}/ once the job succeeded.</summary>
public sealed class JobFile
{
    public required string JobId { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public long Bytes { get; set; }
}

/// <summary>One line of a job's timeline: a state change or a new stage.</summary>
public sealed class JobEvent
{
    public long Id { get; set; }
    public required string JobId { get; set; }
    public DateTimeOffset At { get; set; }
    public JobState State { get; set; }
    public string? Stage { get; set; }
    public string? Message { get; set; }
    /// <summary>The runner that claimed the job (its lease owner), on "running" entries: for admins only.</summary>
    public string? Worker { get; set; }
}

/// <summary>Counts and durations per job kind, stage and outcome; kept when old jobs are removed.</summary>
public sealed class JobMetric
{
    public required string Kind { get; set; }
    public required string Stage { get; set; }
    public required string Outcome { get; set; }
    public long Count { get; set; }
    public long TotalMs { get; set; }
    public long MaxMs { get; set; }
}
