using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Jobs.Tokens;

public static class JobTokenEndpoints
{
    public static RouteGroupBuilder MapJobTokensApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/{id}/auth", async (string id, JobQueries queries, JobTokenIssuer tokens, HttpContext context, CancellationToken ct) =>
                await JobsEndpoints.VisibleAsync(id, queries, context, ct) is null
                    ? StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", id))
                    : TypedResults.Ok(tokens.Issue(id)))
            .WithSummary("A JWT for this one job's event stream and files, for clients that cannot send headers (EventSource).");
        jobs.MapGet("/{id}/events-stream", StreamAsync).AllowAnonymous()
            .WithSummary("Server-sent events authorized by ?token= alone: connection_established, job_update, heartbeat, stream_complete. Another job's token → 403; expired or forged → 401.");
        return api;
    }

    private static async Task<IResult> StreamAsync(string id, string? token, HttpContext context, JobTokenIssuer tokens, JobEventFeed feed)
    {
        var check = tokens.Check(token, id);
        if (!check.Valid)
        {
            return TypedResults.Problem(detail: check.Detail, statusCode: check.StatusCode);
        }
        try
        {
            return await feed.StreamAsync(id, context.Response, context.RequestAborted, announce: true)
                ? TypedResults.Empty
                : StudioApi.NotFound(Texts<JobsText>.Format("JobUnknown", id));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return TypedResults.Empty;
        }
    }
}
