using GenScene.Studio.Data;
using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Audio.Jingles;

/// <summary>The rejected upload and why; HTTP maps <see cref="StatusCode"/> (413 too large, 415 not audio, 400 otherwise).</summary>
public sealed class JingleRejectedException(int statusCode, string field, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Field { get; } = field;
}

/// <summary>
/// Stores jingles. An upload is written to data/tmp first and checked by its content with ffprobe
/// (audio, within the length, sample rate and channel limits); only then is it moved into data/media/jingles and recorded, so
/// a rejected file leaves nothing behind.
/// </summary>
public sealed class JingleLibrary(IDbContextFactory<StudioDbContext> contexts, AudioProbe probe, StoragePaths paths, TimeProvider time, IOptions<JingleOptions> options, ILogger<JingleLibrary> logger)
{
    public string Directory => Path.Combine(paths.Media, "jingles");

    public string PathOf(Jingle jingle) => Path.Combine(Directory, jingle.FileName);

    public async Task<IReadOnlyList<Jingle>> ListAsync(JingleRole? role, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var jingles = db.Jingles.AsNoTracking();
        if (role is { } r)
        {
            jingles = jingles.Where(j => j.Role == r);
        }
        return await jingles.OrderBy(j => j.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Jingle?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Jingles.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Jingle> AddAsync(string name, JingleRole role, Stream content, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new JingleRejectedException(400, "name", Texts<AudioText>.Get("JingleNameRequired"));
        }
        if (Infrastructure.Api.UserText.NameProblem(Texts<AudioText>.Get("JingleNameLabel"), name) is { } problem)
        {
            throw new JingleRejectedException(400, "name", problem);
        }
        var limit = options.Value;
        var staging = Path.Combine(paths.Temp, $"jingle-{Guid.NewGuid():N}");
        try
        {
            var (bytes, hash) = await UploadStaging.CopyAndHashAsync(content, staging, limit.MaxBytes, cancellationToken).ConfigureAwait(false)
                ?? throw new JingleRejectedException(413, "file", Texts<AudioText>.Format("JingleTooLarge", limit.MaxMegabytes));
            AudioProbeResult audio;
            try
            {
                audio = await probe.RequireAudioAsync(staging, cancellationToken).ConfigureAwait(false);
            }
            catch (NotAudioException ex)
            {
                // ffprobe's reason stays in the log; the uploader is told what to upload instead.
                logger.LogInformation("Jingle upload refused: {Reason}", ex.Reason);
                throw new JingleRejectedException(415, "file", Texts<AudioText>.Get("JingleNotAudio"));
            }
            // Length, sample rate and channels from the header: each costs memory and time in every later decode and mix.
            if (limit.Sound.Refusal("jingle", audio.DurationSeconds, audio.AudioStream?.SampleRate, audio.AudioStream?.Channels) is { } refusal)
            {
                throw new JingleRejectedException(413, "file", refusal);
            }

            var id = Guid.CreateVersion7().ToString("N");
            var (extension, contentType) = Container(audio.Container);
            var jingle = new Jingle
            {
                Id = id, Name = name.Trim(), Role = role, FileName = id + extension, ContentType = contentType,
                Bytes = bytes, DurationSeconds = audio.DurationSeconds, Sha256 = hash, CreatedAt = time.GetUtcNow(),
            };
            System.IO.Directory.CreateDirectory(Directory);
            File.Move(staging, PathOf(jingle));
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.Jingles.Add(jingle);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return jingle;
        }
        finally
        {
            File.Delete(staging);
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var jingle = await db.Jingles.FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
        if (jingle is null)
        {
            return false;
        }
        db.Jingles.Remove(jingle);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        File.Delete(PathOf(jingle));
        return true;
    }

    /// <summary>The stored file's extension and type, from what ffprobe found inside, never from the uploaded name.</summary>
    private static (string Extension, string ContentType) Container(string? container) => container switch
    {
        var c when c?.Contains("mp3", StringComparison.Ordinal) == true => (".mp3", "audio/mpeg"),
        var c when c?.Contains("wav", StringComparison.Ordinal) == true => (".wav", "audio/wav"),
        var c when c?.Contains("ogg", StringComparison.Ordinal) == true => (".ogg", "audio/ogg"),
        var c when c?.Contains("flac", StringComparison.Ordinal) == true => (".flac", "audio/flac"),
        var c when c?.Contains("mp4", StringComparison.Ordinal) == true || c?.Contains("m4a", StringComparison.Ordinal) == true => (".m4a", "audio/mp4"),
        _ => (".audio", "application/octet-stream"),
    };
}
