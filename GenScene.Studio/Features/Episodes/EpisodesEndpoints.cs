using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace GenScene.Studio.Features.Episodes;

public static class EpisodesEndpoints
{
    public static RouteGroupBuilder MapEpisodesApi(this RouteGroupBuilder api)
    {
        var episodes = api.MapGroup("/episodes").WithTags("Episodes");
        episodes.MapGet("/", async (EpisodeService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(ct)).Select(EpisodeResponse.From).ToList()));
        episodes.MapPost("/", CreateAsync).WithEditVersion().WithSummary("Creates an episode with its scenes (201), at version 1.");
        episodes.MapGet("/{id}", async (string id, EpisodeService service, HttpResponse response, CancellationToken ct) =>
            await service.FindAsync(id, ct) is { } episode ? EditVersions.Ok(response, EpisodeResponse.From(episode), episode.Version) : StudioApi.NotFound(Texts<EpisodesText>.Format("EditorNotFound", id)))
            .Produces<EpisodeResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("One episode; its version is the ETag.");
        episodes.MapPut("/{id}", UpdateAsync).Produces<EpisodeResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("Replaces an episode's fields and scenes; the version rises by one. With If-Match of an older version: 412, nothing written.");
        episodes.MapDelete("/{id}", DeleteAsync).Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("Moves the episode to the trash (204): out of lists and reads, restorable for 30 days, then purged with its renders' files. With If-Match of an older version: 412, nothing moved.");
        episodes.MapGet("/trash", async (EpisodeTrash trash, CancellationToken ct) => TypedResults.Ok((await trash.ListAsync(ct)).Select(TrashedEpisodeResponse.From).ToList()))
            .WithSummary("The episodes in the trash, the most recently deleted first, each with when it will be purged.");
        episodes.MapPost("/{id}/restore", RestoreAsync)
            .Produces<EpisodeResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Takes an episode out of the trash (200 with the episode); 404 when there is no such episode (or it was purged), 409 when it is not in the trash.");
        episodes.MapPost("/{id}/compose", ComposeStoredAsync)
            .WithSummary("Renders the episode (202); the job's files include episode.mp4, thumbnail.jpg, captions.srt and captions.vtt.");
        api.MapPost("/compose", ComposeInlineAsync).WithTags("Episodes").WithSummary("Renders an episode given inline (the body of POST /api/episodes) without storing it (202).");
        return api;
    }

    private static async Task<IResult> CreateAsync(EpisodeRequest request, EpisodeValidator validator, EpisodeService service, StyleCatalog styles,
        HttpContext http, CancellationToken ct)
    {
        var errors = await validator.ValidateAsync(request, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        // A client that names a style but no transition gets the style's, as the editor does.
        var episode = await service.CreateAsync(await StyleTransitions.FillAsync(request, styles, ct), http.User.Identity?.Name, ct);
        http.Response.Headers.ETag = EditVersions.ETagOf(episode.Version);
        return TypedResults.Created($"/api/episodes/{episode.Id}", EpisodeResponse.From(episode));
    }

    private static async Task<IResult> UpdateAsync(string id, EpisodeRequest request, EpisodeValidator validator, EpisodeService service, StyleCatalog styles,
        HttpContext http, CancellationToken ct)
    {
        var errors = await validator.ValidateAsync(request, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        try
        {
            return await service.UpdateAsync(id, await StyleTransitions.FillAsync(request, styles, ct), EditVersions.EditOf(http), ct) is { } episode
                ? EditVersions.Ok(http.Response, EpisodeResponse.From(episode), episode.Version)
                : StudioApi.NotFound(Texts<EpisodesText>.Format("EditorNotFound", id));
        }
        catch (StaleVersionException stale)
        {
            return EditVersions.Stale(http, stale);
        }
    }

    private static async Task<IResult> DeleteAsync(string id, EpisodeService service, HttpContext http, CancellationToken ct)
    {
        try
        {
            return await service.DeleteAsync(id, EditVersions.EditOf(http), ct) ? Results.NoContent() : StudioApi.NotFound(Texts<EpisodesText>.Format("EditorNotFound", id));
        }
        catch (StaleVersionException stale)
        {
            return EditVersions.Stale(http, stale);
        }
    }

    private static async Task<IResult> RestoreAsync(string id, EpisodeTrash trash, EpisodeService service, CancellationToken ct) =>
        await trash.RestoreAsync(id, ct) switch
        {
            EpisodeTrash.RestoreOutcome.Restored => TypedResults.Ok(EpisodeResponse.From((await service.FindAsync(id, ct))!)),
            EpisodeTrash.RestoreOutcome.NotInTrash => StudioApi.Conflict(Texts<EpisodesText>.Format("NotInTrash", id)),
            _ => StudioApi.NotFound(Texts<EpisodesText>.Format("NoneInTrash", id)),
        };

    private static async Task<IResult> ComposeStoredAsync(string id, [FromHeader(Name = "Idempotency-Key")] string? key,
        [FromQuery(Name = "job_id")] string? reference, EpisodeService service, EpisodeValidator validator, EpisodeComposer composer, CancellationToken ct)
    {
        var episode = await service.FindAsync(id, ct);
        if (episode is null)
        {
            return StudioApi.NotFound(Texts<EpisodesText>.Format("EditorNotFound", id));
        }
        // What was valid when saved may not be now (an asset or voice removed since).
        var errors = await validator.ValidateAsync(EpisodeRequests.From(episode), ct);
        if (JobReferences.Problem(reference) is { } referenceProblem)
        {
            errors["job_id"] = [referenceProblem];
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        return await AcceptAsync(() => composer.ComposeAsync(episode, key, ct, reference));
    }

    private static async Task<IResult> ComposeInlineAsync(EpisodeRequest request, [FromHeader(Name = "Idempotency-Key")] string? key,
        EpisodeValidator validator, EpisodeComposer composer, StyleCatalog styles, TimeProvider time, CancellationToken ct)
    {
        var errors = await validator.ValidateAsync(request, ct);
        if (JobReferences.Problem(request.ClientJobId) is { } referenceProblem)
        {
            errors["job_id"] = [referenceProblem];
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        // The same body as POST /api/episodes, so the same transition: its style's when it names none.
        var filled = await StyleTransitions.FillAsync(request, styles, ct);
        return await AcceptAsync(() => composer.ComposeAsync(EpisodeService.Transient(filled, time.GetUtcNow()), key, ct, request.ClientJobId));
    }

    private static async Task<IResult> AcceptAsync(Func<Task<Job>> compose)
    {
        try
        {
            var id = (await compose()).Id;
            var accepted = JobAccepted.For(id) with { VideoUrl = JobResponse.FileUrl(id, CompositionJobs.VideoFileName) };
            return TypedResults.Accepted(accepted.StatusUrl, accepted);
        }
        catch (IdempotencyConflictException ex)
        {
            return StudioApi.Conflict(ex.Message);
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
}
