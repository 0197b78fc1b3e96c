using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Data;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Assets;

/// <summary>The asset an upload resolved to; <see cref="Created"/> is false when the same content was already stored.</summary>
public sealed record AssetUpload(Asset Asset, bool Created);

/// <summary>
/// Stores uploaded pictures, videos and sounds. An upload is streamed to data/tmp (hashed on the way,
/// stopped at the size limit), measured from its header (pixels) and judged by its content with ffprobe
/// (kind, length, frame rate, sound) before anything decodes it, and thumbnailed there; only then are
/// the file and its thumbnail moved into data/media/assets and recorded, so a refused file leaves
/// nothing behind. Files are named by their SHA-256, so the same content is stored once.
/// </summary>
public sealed class AssetLibrary(
    IDbContextFactory<StudioDbContext> contexts, MediaProbe probe, AssetThumbnails thumbnails, StoragePaths paths,
    TimeProvider time, IOptions<AssetOptions> options, ILogger<AssetLibrary> logger)
{
    public string Directory => Path.Combine(paths.Media, "assets");
    public string ThumbnailDirectory => Path.Combine(Directory, "thumbs");

    public string PathOf(Asset asset) => Path.Combine(Directory, asset.Sha256[..2], asset.StoredFileName);

    public string ThumbnailPathOf(Asset asset) => Path.Combine(ThumbnailDirectory, asset.ThumbnailFileName);

    /// <summary>All assets, or those of one kind, newest first.</summary>
    public async Task<IReadOnlyList<Asset>> ListAsync(AssetKind? kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var assets = db.Assets.AsNoTracking();
        if (kind is { } k)
        {
            assets = assets.Where(a => a.Kind == k);
        }
        return await assets.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Asset?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores <paramref name="content"/>, or returns the asset that already holds the same bytes; throws <see cref="AssetRejectedException"/> when refused.</summary>
    public Task<AssetUpload> AddAsync(string fileName, Stream content, CancellationToken cancellationToken) =>
        AddAsync(fileName, content, null, cancellationToken);

    /// <summary>As above, for a slot that takes only <paramref name="kinds"/> (a scene's picture): another kind is refused in those words.</summary>
    public async Task<AssetUpload> AddAsync(string fileName, Stream content, IReadOnlyCollection<AssetKind>? kinds, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var staging = Path.Combine(paths.Temp, $"asset-{Guid.NewGuid():N}");
        var stagedThumbnail = staging + ".thumb.jpg";
        try
        {
            var (bytes, sha256) = await CopyAndHashAsync(content, staging, limits, cancellationToken).ConfigureAwait(false);
            // The same bytes were checked when they were first stored: no ffprobe for a file the library holds.
            if (await FindByHashAsync(sha256, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return kinds is null || kinds.Contains(existing.Kind)
                    ? new AssetUpload(existing, Created: false)
                    : throw new AssetRejectedException(StatusCodes.Status415UnsupportedMediaType, MediaFormat.WrongKind(MediaFormat.All.First(f => f.ContentType == existing.ContentType), kinds));
            }
            // Pixels first, from the picture's own header: ffprobe decodes a still to describe it, and must never decode a bomb.
            AssetShapeLimits.CheckPictureHeader(staging, limits);
            var (report, problem) = await probe.ProbeAsync(staging, limits.MaxDecodedPixels, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                // ffprobe's own words name our staging path and its parser: they go to the log, the uploader gets the studio's.
                logger.LogInformation("Upload {FileName} refused: ffprobe cannot read it ({Problem})", fileName, problem);
                throw new AssetRejectedException(StatusCodes.Status415UnsupportedMediaType, MediaFormat.Unreadable(kinds));
            }
            var media = Classify(report, fileName, kinds);
            CheckLimits(media, bytes, limits);
            AssetShapeLimits.Check(media, report, limits);
            try
            {
                await thumbnails.RenderAsync(staging, media, stagedThumbnail, cancellationToken).ConfigureAwait(false);
            }
            catch (ProcessFailedException ex)
            {
                // ffmpeg's own words name our staging paths: they go to the log, not to the uploader.
                logger.LogWarning(ex, "Upload {FileName} passed the probe as {Format} but could not be decoded", fileName, media.Format.Name);
                throw new AssetRejectedException(StatusCodes.Status415UnsupportedMediaType,
                    Texts<AssetsText>.Format("Undecodable", media.Format.Description));
            }
            return await StoreAsync(NewAsset(fileName, bytes, sha256, media), staging, stagedThumbnail).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(staging);
            File.Delete(stagedThumbnail);
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var asset = await db.Assets.FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        if (asset is null)
        {
            return false;
        }
        db.Assets.Remove(asset);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        File.Delete(PathOf(asset));
        File.Delete(ThumbnailPathOf(asset));
        return true;
    }

    private Asset NewAsset(string fileName, long bytes, string sha256, DetectedMedia media) => new()
    {
        Id = Guid.CreateVersion7().ToString("N"),
        Kind = media.Kind,
        ContentType = media.Format.ContentType,
        Bytes = bytes,
        Sha256 = sha256,
        Width = media.Width,
        Height = media.Height,
        DurationSeconds = media.DurationSeconds,
        HasAudio = media.HasAudio,
        OriginalFileName = DisplayName(fileName),
        StoredFileName = sha256 + media.Format.Extension,
        ThumbnailFileName = sha256 + ".jpg",
        CreatedAt = time.GetUtcNow(),
    };

    private async Task<AssetUpload> StoreAsync(Asset asset, string staging, string stagedThumbnail)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(asset))!);
        System.IO.Directory.CreateDirectory(ThumbnailDirectory);
        // Paths are the content's hash: a concurrent upload of the same bytes writes the same files.
        File.Move(staging, PathOf(asset), overwrite: true);
        File.Move(stagedThumbnail, ThumbnailPathOf(asset), overwrite: true);
        DbUpdateException failure;
        try
        {
            // Not cancellable: once the files are in place, the row must follow or the files must go.
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false);
            db.Assets.Add(asset);
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            logger.LogInformation("Stored asset {AssetId} ({Kind}, {ContentType}, {Bytes} bytes)", asset.Id, asset.Kind, asset.ContentType, asset.Bytes);
            return new AssetUpload(asset, Created: true);
        }
        catch (DbUpdateException ex)
        {
            failure = ex;
        }
        if (await FindByHashAsync(asset.Sha256, CancellationToken.None).ConfigureAwait(false) is { } winner)
        {
            return new AssetUpload(winner, Created: false); // the same bytes were stored at the same moment; those files are these files
        }
        File.Delete(PathOf(asset));
        File.Delete(ThumbnailPathOf(asset));
        throw new InvalidOperationException($"The asset {asset.Id} could not be recorded: {failure.Message}", failure);
    }

    private async Task<Asset?> FindByHashAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Sha256 == sha256, cancellationToken).ConfigureAwait(false);
    }

    private static DetectedMedia Classify(Infrastructure.Media.Probing.FfprobeReport report, string fileName, IReadOnlyCollection<AssetKind>? kinds)
    {
        DetectedMedia media;
        try
        {
            media = MediaClassifier.Detect(report);
        }
        catch (AssetRejectedException) when (kinds is not null)
        {
            throw new AssetRejectedException(StatusCodes.Status415UnsupportedMediaType, MediaFormat.Unreadable(kinds));
        }
        if (kinds is not null && !kinds.Contains(media.Kind))
        {
            throw new AssetRejectedException(StatusCodes.Status415UnsupportedMediaType, MediaFormat.WrongKind(media.Format, kinds));
        }
        return MediaClassifier.Classify(report, fileName);
    }

    private static void CheckLimits(DetectedMedia media, long bytes, AssetOptions limits)
    {
        var megabytes = limits.MaxMegabytes(media.Kind);
        if (bytes > AssetOptions.Bytes(megabytes))
        {
            throw new AssetRejectedException(StatusCodes.Status413PayloadTooLarge,
                Texts<AssetsText>.Format("TooLargeForKind", media.Format.Description, bytes / (1024.0 * 1024.0), megabytes, AssetOptions.KeyOf(media.Kind)));
        }
    }

    /// <summary>Copies to <paramref name="path"/>, hashing as it goes, and stops as soon as no kind could be that large.</summary>
    private static async Task<(long Bytes, string Sha256)> CopyAndHashAsync(Stream source, string path, AssetOptions limits, CancellationToken cancellationToken)
    {
        var largest = limits.LargestKind;
        var staged = await UploadStaging.CopyAndHashAsync(source, path, AssetOptions.Bytes(limits.MaxMegabytes(largest)), cancellationToken).ConfigureAwait(false)
            ?? throw new AssetRejectedException(StatusCodes.Status413PayloadTooLarge,
                Texts<AssetsText>.Format("LargerThanAny", limits.MaxMegabytes(largest), AssetOptions.KeyOf(largest)));
        if (staged.Bytes == 0)
        {
            throw new AssetRejectedException(StatusCodes.Status400BadRequest, Texts<AssetsText>.Get("EmptyFile"));
        }
        return staged;
    }

    /// <summary>
    /// Only the last path segment, trimmed and bounded, without control characters or direction overrides
    /// (which would make "x‮gpj.exe" read as "xexe.jpg"): it is shown, never used as a path.
    /// </summary>
    private static string DisplayName(string fileName)
    {
        var shown = new string([.. fileName.Where(c => !char.IsControl(c) && !Infrastructure.Api.UserText.IsDirectionOverride(c))]);
        var name = Path.GetFileName(shown.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "upload" : name.Length > 200 ? name[..200] : name;
    }
}
