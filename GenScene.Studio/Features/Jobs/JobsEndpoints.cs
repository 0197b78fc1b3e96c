using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Jobs.Tokens;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.Net.Http.Headers;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs;

public static class JobsEndpoints
{
    public const int MaxListLimit = 500;

    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/", ListAsync).WithSummary("Jobs, newest first; filter by state, kind and reference (the job_id a client gave when it queued the job); page with before={last id}.");
        jobs.MapGet("/dead", (JobQueries queries, int? limit, string? before, HttpContext context, CancellationToken ct) =>
            ListAsync(queries, JobState.Dead.Name(), null, limit, before, null, context, ct)).WithSummary("The dead-letter list: jobs that ran out of attempts.");
        jobs.MapGet("/{id}", GetAsync).WithSummary("One job with its files.");
        jobs.MapPost("/{id}/cancel", CancelAsync).WithSummary("Cancels a queued, waiting or running job (202); 409 when it already ended.");
        jobs.MapPost("/{id}/retry", RetryAsync).WithSummary("Runs a failed, dead or cancelled job again (202); 409 otherwise.");
        jobs.MapGet("/{id}/events", StreamAsync).WithSummary("Server-sent events: job_update on every change, heartbeat, closed after a terminal state.");
        api.MapGet("/sse/status", (SseConnections connections) => TypedResults.Ok(connections.Status())).WithTags("Jobs")
            .WithSummary("Open event streams, in all and per job.");
        return api;
    }

    /// <summary>Files jobs produced, with ETag and Range (seeking in audio and video). Only registered names are served.</summary>
    public static WebApplication MapJobFiles(this WebApplication app)
    {
        // Authorized in the handler: a job token in the query is enough, without a key or a user.
        app.MapGet("/files/{jobId}/{fileName}", ServeFileAsync).AllowAnonymous().WithTags("Files")
            .WithSummary("A file the job produced, with ETag and Range. Needs X-API-Key (read; a key sees its own jobs' files), a signed-in studio user, or that job's ?token= (401 without, 403 for another job's token); unregistered names and any traversal → 404.");
        return app;
    }

    private static async Task<IResult> ListAsync(JobQueries queries, string? state, string? kind, int? limit, string? before, string? reference,
        HttpContext context, CancellationToken ct)
    {
        JobState? filter = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!JobStates.TryParse(state, out var parsed))
            {
                return StudioApi.Invalid("state", $"'{state}' is not a job state; use one of {string.Join(", ", JobStates.Names)}.");
            }
            filter = parsed;
        }
        if (limit is < 1 or > MaxListLimit)
        {
            return StudioApi.Invalid("limit", $"limit must be between 1 and {MaxListLimit}.");
        }
        var jobs = await queries.ListAsync(filter, kind, limit ?? 50, before, context.User.OwnerFilter(), createdById: null, ct, reference);
        return TypedResults.Ok(jobs.Select(JobResponse.From).ToList());
    }

    private static async Task<IResult> GetAsync(string id, JobQueries queries, HttpContext context, CancellationToken ct) =>
        await VisibleAsync(id, queries, context, ct) is { } job
            ? TypedResults.Ok(JobResponse.From(job))
            : StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", id));

    /// <summary>The job when it exists and the caller may see it (<see cref="JobVisibility"/>).</summary>
    public static async Task<Job?> VisibleAsync(string id, JobQueries queries, HttpContext context, CancellationToken ct) =>
        await queries.FindAsync(id, withEvents: false, ct) is { } job && context.User.CanSee(job) ? job : null;

    /// <summary>
    /// Whether the job belongs to another key. Callers that see every job (admins, people) need no read
    /// here: the operation that follows finds the job, or answers 404, itself.
    /// </summary>
    private static async Task<bool> HiddenAsync(string id, JobQueries queries, HttpContext context, CancellationToken ct) =>
        context.User.OwnerFilter() is not null && await VisibleAsync(id, queries, context, ct) is null;

    private static async Task<IResult> CancelAsync(string id, JobQueue queue, JobQueries queries, HttpContext context, CancellationToken ct)
    {
        if (await HiddenAsync(id, queries, context, ct))
        {
            return StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", id));
        }
        try
        {
            return TypedResults.Accepted($"/api/jobs/{id}", JobResponse.From(await queue.CancelAsync(id, ct)));
        }
        catch (KeyNotFoundException ex) { return StudioApi.NotFound(ex.Message); }
        catch (JobStateConflictException ex) { return StudioApi.Conflict(ex.Message); }
    }

    private static async Task<IResult> RetryAsync(string id, JobQueue queue, JobQueries queries, HttpContext context, CancellationToken ct)
    {
        if (await HiddenAsync(id, queries, context, ct))
        {
            return StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", id));
        }
        try
        {
            return TypedResults.Accepted($"/api/jobs/{id}", JobResponse.From(await queue.RetryAsync(id, ct)));
        }
        catch (KeyNotFoundException ex) { return StudioApi.NotFound(ex.Message); }
        catch (JobStateConflictException ex) { return StudioApi.Conflict(ex.Message); }
    }

    private static async Task<IResult> StreamAsync(string id, HttpContext context, JobEventFeed stream, JobQueries queries)
    {
        if (await HiddenAsync(id, queries, context, context.RequestAborted))
        {
            return StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", id));
        }
        try
        {
            return await stream.StreamAsync(id, context.Response, context.RequestAborted)
                ? TypedResults.Empty
                : StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", id));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return TypedResults.Empty; // the client went away
        }
    }

    private static async Task<IResult> ServeFileAsync(
        string jobId, string fileName, string? token, HttpContext context, JobTokenIssuer tokens, JobQueries queries, StoragePaths paths, CancellationToken ct)
    {
        // An API key or a signed-in user with read scope, or this job's own token.
        var access = token is not null ? tokens.Check(token, jobId)
            : context.User.HasScope(StudioScopes.Read) ? JobTokenCheck.Ok
            : new JobTokenCheck(false, StatusCodes.Status401Unauthorized, "This needs an API key in the X-API-Key header, a signed-in studio user, or the job's ?token=.");
        if (!access.Valid)
        {
            return TypedResults.Problem(detail: access.Detail, statusCode: access.StatusCode);
        }
        if (!JobWorkspace.IsValidFileName(fileName) || !JobWorkspace.IsValidFileName(jobId))
        {
            return StudioApi.NotFound("No such file.");
        }
        var job = await queries.FindAsync(jobId, withEvents: false, ct);
        // A token already names its job; a key sees only its own jobs' files.
        if (job is not null && token is null && !context.User.CanSee(job))
        {
            job = null;
        }
        var file = job?.Files.FirstOrDefault(f => f.Name == fileName);
        var path = Path.Combine(JobWorkspace.FinalDirectory(paths, jobId), fileName);
        if (file is null || !File.Exists(path))
        {
            return StudioApi.NotFound("No such file.");
        }
        var info = new FileInfo(path);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        DownloadNames.SetInline(context.Response, fileName);
        return TypedResults.PhysicalFile(path, file.ContentType, fileDownloadName: null, lastModified: info.LastWriteTimeUtc, entityTag: etag, enableRangeProcessing: true);
    }
}
