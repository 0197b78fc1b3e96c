using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Infrastructure.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GenScene.Studio.Features.Assets;

public static class AssetsEndpoints
{
    /// <summary>The files never change under an id (they are named by their hash), so clients may keep them.</summary>
    private const string Immutable = "private, max-age=31536000, immutable";

    public static RouteGroupBuilder MapAssetsApi(this RouteGroupBuilder api)
    {
        var assets = api.MapGroup("/assets").WithTags("Assets");
        assets.MapGet("/", ListAsync).WithSummary("Assets, newest first, optionally of one kind (image, video, audio).");
        assets.MapPost("/", UploadAsync).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<AssetResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Uploads an asset (multipart field 'file'): PNG, JPEG, WebP, MP4, MOV, WebM, WAV, MP3 or OGG, judged by content; ?kind=image|video|audio refuses other kinds.")
            .WithDescription("201 with the new asset; 200 with the existing one when the same content was uploaded before. " +
                "415 when the content is no accepted format or disagrees with the file name's extension; 413 over Assets:Max{Image|Video|Audio}Megabytes, " +
                "a picture over Assets:MaxImageMegapixels or MaxImageSide (read from its header, before any decoding), a video over MaxVideoSide, " +
                "MaxVideoFramesPerSecond or MaxVideoSeconds, a sound over MaxAudioSeconds, MaxAudioSampleRate or MaxAudioChannels; 400 when the form has no file.");
        assets.MapGet("/{id}", async (string id, AssetLibrary library, CancellationToken ct) =>
            await library.FindAsync(id, ct) is { } asset ? Results.Ok(AssetResponse.From(asset)) : UnknownAsset(id))
            .Produces<AssetResponse>().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One asset.");
        assets.MapGet("/{id}/content", async (string id, AssetLibrary library, HttpResponse response, CancellationToken ct) =>
            await ServeAsync(id, library, response, a => (library.PathOf(a), a.ContentType), ct, asset => asset.OriginalFileName))
            .WithSummary("The asset's file, with HTTP Range support for seeking.");
        assets.MapGet("/{id}/thumbnail", async (string id, AssetLibrary library, HttpResponse response, CancellationToken ct) =>
            await ServeAsync(id, library, response, a => (library.ThumbnailPathOf(a), "image/jpeg"), ct))
            .WithSummary("A JPEG thumbnail: the picture, a frame of the video or the waveform of the sound.");
        assets.MapDelete("/{id}", async (string id, AssetLibrary library, CancellationToken ct) =>
            await library.DeleteAsync(id, ct) ? Results.NoContent() : UnknownAsset(id))
            .WithSummary("Deletes the asset and its files.");
        return api;
    }

    private static async Task<IResult> ListAsync(AssetLibrary library, string? kind, CancellationToken ct)
    {
        AssetKind? filter = null;
        if (kind is not null)
        {
            if (!UserText.TryParseName<AssetKind>(kind, out var parsed))
            {
                return StudioApi.Invalid("kind", Texts<AssetsText>.Format("KindInvalid", kind));
            }
            filter = parsed;
        }
        return TypedResults.Ok((await library.ListAsync(filter, ct)).Select(AssetResponse.From).ToList());
    }

    private static async Task<IResult> ServeAsync(string id, AssetLibrary library, HttpResponse response, Func<Asset, (string Path, string ContentType)> file, CancellationToken ct,
        Func<Asset, string>? downloadName = null)
    {
        if (await library.FindAsync(id, ct) is not { } asset)
        {
            return UnknownAsset(id);
        }
        var (path, contentType) = file(asset);
        if (!File.Exists(path))
        {
            return StudioApi.NotFound(Texts<AssetsText>.Format("FileMissing", id));
        }
        response.Headers.CacheControl = Immutable;
        if (downloadName is not null)
        {
            // "Save as" offers the uploader's own name; it came from a client, so it is cleaned for the header.
            DownloadNames.SetInline(response, downloadName(asset), asset.StoredFileName);
        }
        return TypedResults.PhysicalFile(path, contentType, lastModified: asset.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{asset.Sha256}{Path.GetExtension(path)}\""), enableRangeProcessing: true);
    }

    /// <summary>
    /// Streams the multipart body straight into the library instead of buffering the whole form,
    /// so a 500 MB video is written once and refused as soon as it passes the limit.
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpRequest request, AssetLibrary library, IOptions<AssetOptions> options, string? kind, CancellationToken ct)
    {
        AssetKind[]? kinds = null;
        if (kind is not null)
        {
            if (!UserText.TryParseName<AssetKind>(kind, out var parsed))
            {
                return StudioApi.Invalid("kind", Texts<AssetsText>.Format("KindInvalid", kind));
            }
            kinds = [parsed];
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return TypedResults.Problem(detail: Texts<AssetsText>.Get("SendMultipart"),
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }
        // Kestrel's default cap is 30 MB; the largest kind's limit (plus the form's own bytes) is the real one.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            var limits = options.Value;
            size.MaxRequestBodySize = AssetOptions.Bytes(limits.MaxMegabytes(limits.LargestKind) + 1);
        }
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition()
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value != "file")
                {
                    continue; // other fields are skipped; the reader drains them
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                var upload = await library.AddAsync(name, section.Body, kinds, ct);
                var body = AssetResponse.From(upload.Asset);
                // API.md promises 201; content already stored answers the same way, with the existing asset.
                return TypedResults.Created($"/api/assets/{body.Id}", body);
            }
            return StudioApi.Invalid("file", Texts<AssetsText>.Get("NoFileField"));
        }
        catch (AssetRejectedException ex) when (ex.StatusCode == StatusCodes.Status400BadRequest)
        {
            return StudioApi.Invalid("file", ex.Message);
        }
        catch (AssetRejectedException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: ex.StatusCode, title: Title(ex.StatusCode));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(detail: Texts<AssetsText>.Format("RequestTooLarge", ex.Message), statusCode: ex.StatusCode, title: Title(ex.StatusCode));
        }
        catch (InvalidDataException ex)
        {
            return StudioApi.Invalid("file", Texts<AssetsText>.Format("Malformed", ex.Message));
        }
    }

    private static string Title(int statusCode) => statusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "Too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "Rejected",
    };

    private static IResult UnknownAsset(string id) => StudioApi.NotFound(Texts<AssetsText>.Format("NoAsset", id));
}
