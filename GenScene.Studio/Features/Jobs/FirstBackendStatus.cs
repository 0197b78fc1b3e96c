using System.Text.Json.Serialization;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs;

/// <summary>
/// GET /api/status?job_id= : a job in the first GenScene backend's words, which its front end polls once a
/// second until <c>completed</c> or <c>failed</c>. Only the studio's own job id finds a job; a reference the
/// client chose is not an id (it is searchable with GET /api/jobs?reference=).
/// </summary>
public static class FirstBackendStatus
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public static RouteGroupBuilder MapFirstBackendStatus(this RouteGroupBuilder api)
    {
        api.MapGet("/status", GetAsync).WithTags("Jobs")
            .WithSummary("A job in the first GenScene backend's vocabulary: { job_id, status: pending|processing|completed|failed, progress, stage, audio_url?, video_url?, error? }.")
            .WithDescription("pending = queued; processing = running or waiting to retry (failed); completed = succeeded; failed = dead or cancelled. "
                + "audio_url (speech) or video_url (a composition) is given once the job has succeeded. Kept for clients of the first backend; "
                + "new clients use GET /api/jobs/{id}.");
        return api;
    }

    private static async Task<IResult> GetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "job_id")] string? jobId, JobQueries queries, HttpContext context, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(jobId))
        {
            return StudioApi.Invalid("job_id", "job_id is required: the job_id the studio answered when the job was queued.");
        }
        return await JobsEndpoints.VisibleAsync(jobId, queries, context, ct) is { } job
            ? TypedResults.Ok(StatusOf(job))
            : StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", jobId));
    }

    public static FirstBackendJobStatus StatusOf(Job job)
    {
        var finished = job.State == JobState.Succeeded;
        var video = finished ? job.Files.Where(f => f.ContentType.StartsWith("video/", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault() : null;
        // Speech jobs write WAV and MP3; the first backend served WAV, so its clients get that.
        var audio = finished && video is null ? job.Files.Where(f => f.ContentType.StartsWith("audio/", StringComparison.Ordinal))
            .OrderBy(f => f.ContentType == "audio/wav" ? 0 : 1).ThenBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault() : null;
        return new FirstBackendJobStatus(
            job.Id,
            Vocabulary(job.State),
            job.Progress,
            job.Stage,
            audio is null ? null : JobResponse.FileUrl(job.Id, audio.Name),
            video is null ? null : JobResponse.FileUrl(job.Id, video.Name),
            // A failed attempt that will be retried is still "processing" to this client: no error yet.
            job.State == JobState.Dead ? job.ErrorMessage ?? "The job failed." : job.State == JobState.Cancelled ? "The job was cancelled." : null);
    }

    public static string Vocabulary(JobState state) => state switch
    {
        JobState.Queued => Pending,
        JobState.Running or JobState.Failed => Processing,
        JobState.Succeeded => Completed,
        _ => Failed,
    };
}

/// <summary>The first backend's status shape; snake_case names are its contract.</summary>
public sealed record FirstBackendJobStatus(
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("progress")] int Progress,
    [property: JsonPropertyName("stage")] string? Stage,
    [property: JsonPropertyName("audio_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AudioUrl,
    [property: JsonPropertyName("video_url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? VideoUrl,
    [property: JsonPropertyName("error"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
