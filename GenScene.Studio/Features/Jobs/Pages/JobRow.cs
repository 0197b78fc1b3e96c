namespace GenScene.Studio.Features.Jobs.Pages;

/// <summary>A job as a table row; changed in place by live updates.</summary>
public sealed class JobRow
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    /// <summary>The page of what the job belongs to (the episode, the speech), if any.</summary>
    public string? Link { get; init; }
    public string? CreatedByName { get; init; }
    /// <summary>The runner holding the job (its lease owner) when it was read; shown to admins only.</summary>
    public string? Worker { get; init; }
    public JobState State { get; set; }
    public int Progress { get; set; }
    public string? Stage { get; set; }
    public int Attempts { get; set; }
    public int MaxAttempts { get; init; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the last change shown was published (Unix ms): the benchmark reads it to measure latency to the page.</summary>
    public long UpdatedAtMs { get; set; }

    public static JobRow From(Job job) => new()
    {
        Id = job.Id, Kind = job.Kind, Title = job.DisplayTitle(), Link = job.Link, CreatedByName = job.CreatedByName, Worker = job.LeaseOwner, State = job.State, Progress = job.Progress, Stage = job.Stage,
        Attempts = job.Attempts, MaxAttempts = job.MaxAttempts, Error = job.ErrorMessage, CreatedAt = job.CreatedAt,
    };

    public void Apply(JobUpdate update)
    {
        if (update.State == JobState.Running && State != JobState.Running)
        {
            Attempts++;
        }
        State = update.State;
        Progress = update.Progress;
        Stage = update.Stage;
        Error = update.State is JobState.Failed or JobState.Dead or JobState.Cancelled ? update.Error : null;
        UpdatedAtMs = update.Timestamp.ToUnixTimeMilliseconds();
    }

    public static string Age(DateTimeOffset since, DateTimeOffset now)
    {
        var age = now - since;
        return age.TotalSeconds < 60 ? $"{Math.Max(0, (int)age.TotalSeconds)} s"
            : age.TotalMinutes < 60 ? $"{(int)age.TotalMinutes} min"
            : age.TotalHours < 48 ? $"{(int)age.TotalHours} h"
            : $"{(int)age.TotalDays} d";
    }
}
