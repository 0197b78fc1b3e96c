using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.Net.Http.Headers;

namespace GenScene.Studio.Features.Styles;

public static class StylesEndpoints
{
    public static RouteGroupBuilder MapStylesApi(this RouteGroupBuilder api)
    {
        var styles = api.MapGroup("/styles").WithTags("Styles");
        MapReads(styles);
        MapPreviews(styles);
        styles.MapStylesAdmin();
        return api;
    }

    /// <summary>Previews and their listings: under /api, and the same without /api for the first backend's clients.</summary>
    private static void MapPreviews(RouteGroupBuilder styles)
    {
        styles.MapGet("/{id}/preview", PreviewAsync)
            .WithSummary("The style's 1280x720 preview PNG, rendered on demand and cached by style version (Styles:PreviewCacheHours, 24 h). " +
                "variant=before gives the same demo frame without the look.");
        styles.MapGet("/{id}/clip", ClipAsync)
            .WithSummary("A 4 s 1280x720 H.264 MP4 of the demo frame through the look (moving blocks such as grain and drift show), cached like the preview.");
        styles.MapGet("/previews/overview", async (StyleCatalog catalog, StylePreviews previews, CancellationToken ct) =>
                TypedResults.Ok(Overview(await catalog.ListAsync(ct), previews)))
            .WithSummary("JSON listing of every style's preview: previewUrl, beforeUrl, lookVersion and whether it is cached.");
        styles.MapGet("/previews/{category}", async (string category, StyleCatalog catalog, StylePreviews previews, CancellationToken ct) =>
                StyleSeeds.Categories.Any(c => c.Id == category)
                    ? Results.Ok(Overview([.. (await catalog.ListAsync(ct)).Where(s => s.Category == category)], previews))
                    : StudioApi.NotFound(Texts<StylesText>.Format("NoSuchCategory", category, string.Join(", ", StyleSeeds.Categories.Select(c => c.Id)))))
            .WithSummary("The previews listing of one category.");
        styles.MapPost("/previews/generate-all", async (JobQueue queue, CancellationToken ct) =>
            {
                var accepted = JobAccepted.For(await GenerateStylePreviewsHandler.QueueAllAsync(queue, ct));
                return TypedResults.Accepted(accepted.StatusUrl, accepted);
            })
            .WithSummary("Queues a styles.previews job that renders every preview not fresh in the cache (202 { jobId, statusUrl, eventsUrl }).");
    }

    /// <summary>
    /// The paths without /api that older clients use (the first GenScene backend's front end among them):
    /// /styles/categories, /styles/{id}, previews and their listings, and generating all previews.
    /// /styles itself is the gallery page and answers JSON only by content negotiation (<see cref="UseStylesJsonAlias"/>).
    /// </summary>
    public static WebApplication MapStylesAliases(this WebApplication app)
    {
        // The same handlers as /api/styles, so the same credential (the scope of the /api path), rate and problem answers.
        var aliases = app.MapGroup("/styles").WithTags("Styles").ExcludeFromDescription().ProtectAsApi().WithMetadata(ApiEndpoint.Marker);
        aliases.MapGet("/categories", CategoriesAsync);
        aliases.MapGet("/{id}", FindAsync);
        MapPreviews(aliases);
        return app;
    }

    /// <summary>
    /// GET /styles with an Accept header that asks for application/json (and not text/html) is served
    /// as GET /api/styles; browsers asking for HTML get the gallery page. Must run before routing.
    /// </summary>
    public static WebApplication UseStylesJsonAlias(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method)
                && (context.Request.Path.Equals("/styles", StringComparison.OrdinalIgnoreCase) || context.Request.Path.Equals("/styles/", StringComparison.OrdinalIgnoreCase))
                && WantsJson(context.Request))
            {
                context.Request.Path = "/api/styles";
            }
            return next(context);
        });
        return app;
    }

    internal static bool WantsJson(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var json = accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
        var html = accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
        return json && !html;
    }

    private static void MapReads(RouteGroupBuilder group)
    {
        group.MapGet("/", async (StyleCatalog catalog, CancellationToken ct) => TypedResults.Ok((await catalog.ListAsync(ct)).Select(StyleResponse.From).ToList()))
            .WithSummary("The style catalog.");
        group.MapGet("/categories", CategoriesAsync).WithSummary("The categories with how many styles each has.");
        group.MapGet("/{id}", FindAsync).Produces<StyleResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("One style, with its look and caption look; its version is the ETag.");
    }

    private static async Task<IResult> CategoriesAsync(StyleCatalog catalog, CancellationToken ct)
    {
        var styles = await catalog.ListAsync(ct);
        return TypedResults.Ok(StyleSeeds.Categories.Select(c => new StyleCategoryResponse(c.Id, c.Name, styles.Count(s => s.Category == c.Id))).ToList());
    }

    private static async Task<IResult> FindAsync(string id, StyleCatalog catalog, HttpResponse response, CancellationToken ct) =>
        await catalog.FindAsync(id, ct) is { } style ? EditVersions.Ok(response, StyleResponse.From(style), style.Version) : UnknownStyle(id);

    private static async Task<IResult> PreviewAsync(string id, string? variant, StyleCatalog catalog, StylePreviews previews, HttpResponse response, CancellationToken ct)
    {
        var which = variant switch
        {
            null or "" or "after" => PreviewVariant.After,
            "before" => PreviewVariant.Before,
            _ => (PreviewVariant?)null,
        };
        if (which is null)
        {
            return StudioApi.Invalid("variant", Texts<StylesText>.Get("VariantInvalid"));
        }
        if (await catalog.FindAsync(id, ct) is not { } style)
        {
            return UnknownStyle(id);
        }
        var path = await previews.GetAsync(style, which.Value, ct);
        response.Headers[HeaderNames.CacheControl] = "private, max-age=3600";
        return TypedResults.PhysicalFile(path, "image/png");
    }

    private static async Task<IResult> ClipAsync(string id, StyleCatalog catalog, StylePreviews previews, HttpResponse response, CancellationToken ct)
    {
        if (await catalog.FindAsync(id, ct) is not { } style)
        {
            return UnknownStyle(id);
        }
        var path = await previews.GetClipAsync(style, ct);
        response.Headers[HeaderNames.CacheControl] = "private, max-age=3600";
        return TypedResults.PhysicalFile(path, "video/mp4", enableRangeProcessing: true);
    }

    private static List<StylePreviewResponse> Overview(IReadOnlyList<Style> styles, StylePreviews previews) =>
        [.. styles.Select(s => new StylePreviewResponse(s.Id, s.Name, s.Category, s.LookVersion,
            StyleResponse.UrlOf(s, PreviewVariant.After), StyleResponse.UrlOf(s, PreviewVariant.Before),
            previews.IsFresh(s, PreviewVariant.After)))];

    private static IResult UnknownStyle(string id) => StudioApi.NotFound(Texts<StylesText>.Format("NoSuchStyle", id));
}
