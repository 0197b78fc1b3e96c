using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Api;

namespace GenScene.Studio.Features.Styles;

/// <summary>
/// The endpoints that change styles: create, full edit, look edit, regenerate a preview. They are one
/// route group so that restricting them to admins (issue 7) is one call on <see cref="MapStylesAdmin"/>'s group.
/// </summary>
public static class StylesAdminEndpoints
{
    public static RouteGroupBuilder MapStylesAdmin(this RouteGroupBuilder styles)
    {
        var admin = styles.MapGroup("").DisableAntiforgery();
        admin.MapPost("/", CreateAsync).Accepts<StyleRequest>("application/json")
            .Produces<StyleResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Adds a style (admin): name, category, description, palette (2-8 #rrggbb), demoScene required; id (else made from the name), " +
                "keywords, caption, defaultTransition and look optional. 400 names each invalid field; 409 when the id is taken.");
        admin.MapPut("/{id}", UpdateAsync).Accepts<StyleRequest>("application/json")
            .Produces<StyleResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("Replaces every field of a style (admin); all fields required. The version rises on every change, lookVersion only when the look changes.");
        admin.MapPut("/{id}/look", UpdateLookAsync).Accepts<StyleLook>("application/json")
            .Produces<StyleResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("Replaces the style's look (admin). 400 naming each value out of its range; version and lookVersion rise when the look changes.");
        admin.MapPost("/{id}/preview/regenerate", RegenerateAsync)
            .Produces<JobAccepted>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Queues a styles.previews job that renders this style's stills and clip again even when cached (202 { jobId, statusUrl, eventsUrl }).");
        return admin;
    }

    private static async Task<IResult> CreateAsync(HttpRequest http, StyleCatalog catalog, CancellationToken ct)
    {
        var (request, problem) = await JsonBody.ReadAsync<StyleRequest>(http, ct);
        if (request is null)
        {
            return problem!;
        }
        var saved = await catalog.CreateAsync(request, ct);
        return saved.Style is { } style ? TypedResults.Created($"/api/styles/{style.Id}", StyleResponse.From(style)) : Failed(saved);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest http, StyleCatalog catalog, CancellationToken ct)
    {
        var (request, problem) = await JsonBody.ReadAsync<StyleRequest>(http, ct);
        if (request is null)
        {
            return problem!;
        }
        return await SavedAsync(http, () => catalog.UpdateAsync(id, request, EditVersions.EditOf(http.HttpContext), ct));
    }

    private static async Task<IResult> UpdateLookAsync(string id, HttpRequest http, StyleCatalog catalog, CancellationToken ct)
    {
        var (look, problem) = await JsonBody.ReadAsync<StyleLook>(http, ct);
        if (look is null)
        {
            return problem!;
        }
        return await SavedAsync(http, () => catalog.UpdateLookAsync(id, look, EditVersions.EditOf(http.HttpContext), ct));
    }

    /// <summary>An edit's answer: the saved style with its version as ETag, its errors, or 412 when another version is stored.</summary>
    private static async Task<IResult> SavedAsync(HttpRequest http, Func<Task<StyleSaved>> save)
    {
        try
        {
            var saved = await save();
            return saved.Style is { } style ? EditVersions.Ok(http.HttpContext.Response, StyleResponse.From(style), style.Version) : Failed(saved);
        }
        catch (StaleVersionException stale)
        {
            return EditVersions.Stale(http.HttpContext, stale);
        }
    }

    private static async Task<IResult> RegenerateAsync(string id, StyleCatalog catalog, JobQueue queue, CancellationToken ct)
    {
        if (!await catalog.ExistsAsync(id, ct))
        {
            return Failed(StyleSaved.Missing(id));
        }
        var accepted = JobAccepted.For(await GenerateStylePreviewsHandler.QueueRegenerateAsync(queue, id, ct));
        return TypedResults.Accepted(accepted.StatusUrl, accepted);
    }

    private static IResult Failed(StyleSaved saved) => saved switch
    {
        { NotFound: true } => StudioApi.NotFound(saved.Errors["id"][0]),
        { Conflict: true } => StudioApi.Conflict(saved.Errors["id"][0]),
        _ => TypedResults.ValidationProblem(saved.Errors, detail: string.Join(" ", saved.Errors.Values.SelectMany(m => m))),
    };
}
