using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>GET|POST /api/lexicon, PUT|DELETE /api/lexicon/{id}: the pronunciation entries (writes are admin, ApiAccess).</summary>
public static class LexiconEndpoints
{
    public static RouteGroupBuilder MapLexiconApi(this RouteGroupBuilder api)
    {
        var lexicon = api.MapGroup("/lexicon").WithTags("Lexicon");
        lexicon.MapGet("", async (LexiconService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(ct)).Select(LexiconResponse.From).ToList()))
            .WithSummary("Every pronunciation entry: a phrase, its language and what to say instead (an alias, and optional phonemes).");
        lexicon.MapGet("/{id}", async (string id, LexiconService service, HttpResponse response, CancellationToken ct) =>
                await service.FindAsync(id, ct) is { } entry ? EditVersions.Ok(response, LexiconResponse.From(entry), entry.Version) : Unknown(id))
            .Produces<LexiconResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("One entry; its version is the ETag.");
        lexicon.MapPost("", (LexiconFields request, LexiconService service, HttpContext http, CancellationToken ct) => SaveAsync(null, request, service, http, ct))
            .Produces<LexiconResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .WithSummary("Adds an entry (admin). phrase: 1 to 100 characters, matched as whole words in any case; language: es, en or a region "
                + "such as es-MX; alias: what is said instead, 1 to 300 characters; phonemes (optional) with phonemeAlphabet espeak or ipa, used by "
                + "an engine that reads them (espeak-ng its own, ElevenLabs IPA on models that honour phoneme tags). An entry overrides the built-in readings.");
        lexicon.MapPut("/{id}", (string id, LexiconFields request, LexiconService service, HttpContext http, CancellationToken ct) => SaveAsync(id, request, service, http, ct))
            .Produces<LexiconResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("Changes an entry (admin); the version rises by one. A stale If-Match is refused with 412.");
        lexicon.MapDelete("/{id}", async (string id, LexiconService service, HttpContext http, CancellationToken ct) =>
            {
                try
                {
                    return await service.DeleteAsync(id, EditVersions.EditOf(http), ct) ? Results.NoContent() : Unknown(id);
                }
                catch (StaleVersionException stale)
                {
                    return EditVersions.Stale(http, stale);
                }
            })
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).WithEditVersion()
            .WithSummary("Deletes an entry (admin). A stale If-Match is refused with 412.");
        return api;
    }

    private static async Task<IResult> SaveAsync(string? id, LexiconFields request, LexiconService service, HttpContext http, CancellationToken ct)
    {
        try
        {
            var (saved, errors) = await service.SaveAsync(id, request, EditVersions.EditOf(http), ct);
            if (saved is null)
            {
                return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)));
            }
            if (id is null)
            {
                http.Response.Headers.ETag = EditVersions.ETagOf(saved.Version);
                return TypedResults.Created($"/api/lexicon/{saved.Id}", LexiconResponse.From(saved));
            }
            return EditVersions.Ok(http.Response, LexiconResponse.From(saved), saved.Version);
        }
        catch (KeyNotFoundException)
        {
            return Unknown(id!);
        }
        catch (StaleVersionException stale)
        {
            return EditVersions.Stale(http, stale);
        }
    }

    private static IResult Unknown(string id) => StudioApi.NotFound(Texts<VoicesText>.Format("LexiconUnknown", id));
}
