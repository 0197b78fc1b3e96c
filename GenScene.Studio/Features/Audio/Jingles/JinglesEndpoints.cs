using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Audio.Jingles;

public sealed record JingleResponse(string Id, string Name, string Role, string ContentType, long Bytes, double DurationSeconds, DateTimeOffset CreatedAt)
{
    public static JingleResponse From(Jingle j) => new(j.Id, j.Name, j.Role.ToString().ToLowerInvariant(), j.ContentType, j.Bytes, j.DurationSeconds, j.CreatedAt);
}

public static class JinglesEndpoints
{
    public static RouteGroupBuilder MapJinglesApi(this RouteGroupBuilder api)
    {
        var jingles = api.MapGroup("/jingles").WithTags("Jingles");
        jingles.MapGet("/", async (JingleLibrary library, string? role, CancellationToken ct) =>
        {
            JingleRole parsed = default;
            if (role is not null && !UserText.TryParseName(role, out parsed))
            {
                return StudioApi.Invalid("role", Texts<AudioText>.Format("RoleUnknown", role));
            }
            JingleRole? filter = role is null ? null : parsed;
            return TypedResults.Ok((await library.ListAsync(filter, ct)).Select(JingleResponse.From).ToList());
        }).WithSummary("Jingles, optionally of one role (intro, outro, bed).");
        jingles.MapPost("/", UploadAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Uploads a jingle (multipart: file, name, role). The content must be audio (415 otherwise), within Jingles:MaxMegabytes (413) and Jingles:MaxSeconds.");
        jingles.MapGet("/{id}/audio", async (string id, JingleLibrary library, HttpResponse response, CancellationToken ct) =>
        {
            if (await library.FindAsync(id, ct) is not { } jingle || !File.Exists(library.PathOf(jingle)))
            {
                return StudioApi.NotFound(Texts<AudioText>.Format("NoSuchJingle", id));
            }
            // "Save as" offers the jingle's title, cleaned for the header: a user typed it.
            DownloadNames.SetInline(response, jingle.Name + Path.GetExtension(jingle.FileName), jingle.FileName);
            return Results.File(library.PathOf(jingle), jingle.ContentType, enableRangeProcessing: true);
        })
            .WithSummary("The jingle's audio as uploaded, with HTTP Range support (for players).");
        jingles.MapDelete("/{id}", async (string id, JingleLibrary library, CancellationToken ct) =>
            await library.DeleteAsync(id, ct) ? Results.NoContent() : StudioApi.NotFound(Texts<AudioText>.Format("NoSuchJingle", id)));
        return api;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, JingleLibrary library, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(detail: Texts<AudioText>.Get("SendMultipart"), statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return StudioApi.Invalid("file", Texts<AudioText>.Get("NoFileField"));
        }
        if (!UserText.TryParseName<JingleRole>(form["role"].ToString(), out var role))
        {
            return StudioApi.Invalid("role", Texts<AudioText>.Format("RoleUnknown", form["role"].ToString()));
        }
        try
        {
            await using var content = file.OpenReadStream();
            var jingle = await library.AddAsync(form["name"].ToString(), role, content, ct);
            return TypedResults.Created($"/api/jingles/{jingle.Id}", JingleResponse.From(jingle));
        }
        catch (JingleRejectedException ex) when (ex.StatusCode == 400)
        {
            return StudioApi.Invalid(ex.Field, ex.Message);
        }
        catch (JingleRejectedException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: ex.StatusCode);
        }
    }
}
