using System.Text.Json.Serialization;

namespace GenScene.Studio.Features.Jobs;

/// <summary>A job as API.md describes it.</summary>
public sealed record JobResponse(
    string Id, string Kind, string State, int Progress, string? Stage, int Attempts, int MaxAttempts,
    string? Error, string? ErrorClass, string? ParentJobId,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, DateTimeOffset? NextAttemptAt,
    IReadOnlyList<JobFileResponse> Files, string Title, string? CreatedBy, string? Link, string? ExternalReference = null)
{
    public static JobResponse From(Job job) => new(
        job.Id, job.Kind, job.State.Name(), job.Progress, job.Stage, job.Attempts, job.MaxAttempts,
        job.ErrorMessage, job.ErrorClass, job.ParentJobId,
        job.CreatedAt, job.StartedAt, job.FinishedAt, job.State == JobState.Failed ? job.NextAttemptAt : null,
        [.. job.Files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new JobFileResponse(f.Name, FileUrl(job.Id, f.Name), f.ContentType, f.Bytes))],
        job.DisplayTitle(), job.CreatedByName, job.Link, job.ExternalReference);

    public static string FileUrl(string jobId, string name) => $"/files/{jobId}/{Uri.EscapeDataString(name)}";
}

public sealed record JobFileResponse(string Name, string Url, string ContentType, long Bytes);

/// <summary>
/// What POSTs that start a job answer with (202). <c>job_id</c>, <c>audio_url</c> and <c>video_url</c> are
/// the first GenScene backend's names, kept so its front end works unchanged (README, "Clients of the first
/// GenScene backend"); the URLs answer once the job has succeeded.
/// </summary>
public sealed record JobAccepted(string JobId, string StatusUrl, string EventsUrl)
{
    [JsonPropertyName("job_id")]
    public string FirstBackendJobId => JobId;

    [JsonPropertyName("audio_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AudioUrl { get; init; }

    [JsonPropertyName("video_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? VideoUrl { get; init; }

    public static JobAccepted For(string jobId) => new(jobId, $"/api/jobs/{jobId}", $"/api/jobs/{jobId}/events");
}
