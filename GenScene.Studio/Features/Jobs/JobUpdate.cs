namespace GenScene.Studio.Features.Jobs;

/// <summary>A change of a job's state, progress or stage, as pages and event streams receive it.</summary>
public sealed record JobUpdate(string JobId, string Kind, JobState State, int Progress, string? Stage, DateTimeOffset Timestamp, string? Error = null)
{
    /// <summary>A stored job as an update, stamped <paramref name="at"/>.</summary>
    public static JobUpdate From(Job job, DateTimeOffset at) => new(job.Id, job.Kind, job.State, job.Progress, job.Stage, at, job.ErrorMessage);

    /// <summary>Two updates that a viewer could not tell apart.</summary>
    public bool SameAs(JobUpdate? other) =>
        other is not null && other.State == State && other.Progress == Progress && other.Stage == Stage;
}
