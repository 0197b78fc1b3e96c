using System.Text.Json;
using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Voices;
using Microsoft.EntityFrameworkCore;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Episodes;

/// <summary>Episodes and scenes in the store, and the frozen <see cref="CompositionSpec"/> a render uses.</summary>
/// <remarks>
/// Every write is versioned (ADR 0017): an update or delete made on an older version than the stored one
/// throws <see cref="StaleVersionException"/> and writes nothing, and every saved change is published on
/// <see cref="EditNotifier"/> so that open editors learn of it at once.
/// </remarks>
public sealed class EpisodeService(IDbContextFactory<StudioDbContext> contexts, VoiceCatalog voices, TimeProvider time, CurrentCaller caller, EditNotifier edits)
{
    public Task<IReadOnlyList<Episode>> ListAsync(CancellationToken cancellationToken) => ListAsync(createdById: null, limit: null, cancellationToken);

    /// <summary>Most recently edited first; only <paramref name="createdById"/>'s episodes when given ("mine").</summary>
    public async Task<IReadOnlyList<Episode>> ListAsync(string? createdById, int? limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = db.Episodes.AsNoTracking().Where(e => e.DeletedAt == null).Include(e => e.Scenes).AsQueryable();
        if (createdById is not null)
        {
            query = query.Where(e => e.CreatedById == createdById);
        }
        query = query.OrderByDescending(e => e.UpdatedAt);
        if (limit is { } most)
        {
            query = query.Take(most);
        }
        return await query.AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Episode?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var episode = await db.Episodes.AsNoTracking().Include(e => e.Scenes).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id && e.DeletedAt == null, cancellationToken).ConfigureAwait(false);
        episode?.Scenes.Sort((a, b) => a.Position.CompareTo(b.Position));
        return episode;
    }

    public const string Kind = "episode";

    /// <summary>Stores a validated request as a new episode (version 1), made by <paramref name="by"/>.</summary>
    public async Task<Episode> CreateAsync(EpisodeRequest request, string? by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var owner = caller.Owner;
        var episode = new Episode { Id = NewId(), Title = "", CreatedAt = now, CreatedById = owner?.Id, CreatedByName = owner?.Name, UpdatedBy = by };
        Apply(episode, request, now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Episodes.Add(episode);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return episode;
    }

    /// <summary>
    /// Replaces an episode's fields and scenes with a validated request; null when there is no such episode.
    /// Made on another version than the stored one (<see cref="EditBy.ExpectedVersion"/>), or losing a race
    /// with another save of the same version, it throws <see cref="StaleVersionException"/> and writes nothing.
    /// </summary>
    public async Task<Episode?> UpdateAsync(string id, EpisodeRequest request, EditBy edit, CancellationToken cancellationToken)
    {
        // Without an expected version (an old client: the last write wins) a lost race is tried again on the newer row.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryUpdateAsync(id, request, edit, cancellationToken).ConfigureAwait(false);
            }
            catch (StaleVersionException ex) when (edit.ExpectedVersion is null && !ex.Deleted && attempt < 3)
            {
            }
        }
    }

    private async Task<Episode?> TryUpdateAsync(string id, EpisodeRequest request, EditBy edit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var episode = await db.Episodes.Include(e => e.Scenes).FirstOrDefaultAsync(e => e.Id == id && e.DeletedAt == null, cancellationToken).ConfigureAwait(false);
        if (episode is null)
        {
            return null;
        }
        StaleVersionException.ThrowIfStale(Kind, id, episode, edit.ExpectedVersion);
        db.Scenes.RemoveRange(episode.Scenes);
        episode.Scenes.Clear();
        Apply(episode, request, time.GetUtcNow());
        episode.UpdatedBy = edit.By ?? episode.UpdatedBy;
        db.Scenes.AddRange(episode.Scenes);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        edits.Publish(new EntityEdited(Kind, id, episode.Version, episode.UpdatedBy));
        return episode;
    }

    /// <summary>
    /// Puts the episode in the trash (its renders stay until it is purged); false when there is no such episode
    /// out of the trash. With an expected version, another stored version is refused (ADR 0017).
    /// </summary>
    public async Task<bool> DeleteAsync(string id, EditBy edit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var episodes = db.Episodes.Where(e => e.Id == id && e.DeletedAt == null);
        if (edit.ExpectedVersion is { } expected)
        {
            // The version is part of the UPDATE, so a save between this check and the delete cannot be lost either.
            if (await episodes.Where(e => e.Version == expected).ExecuteUpdateAsync(set => set.SetProperty(e => e.DeletedAt, now), cancellationToken).ConfigureAwait(false) == 0)
            {
                var stored = await episodes.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                return stored is null ? false : throw new StaleVersionException(Kind, id, stored.Version, stored.UpdatedBy);
            }
        }
        else if (await episodes.ExecuteUpdateAsync(set => set.SetProperty(e => e.DeletedAt, now), cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }
        edits.Publish(new EntityEdited(Kind, id, 0, edit.By, Deleted: true));
        return true;
    }

    public async Task RecordRenderAsync(string episodeId, Job job, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.EpisodeRenders.AnyAsync(r => r.JobId == job.Id, cancellationToken).ConfigureAwait(false))
        {
            db.EpisodeRenders.Add(new EpisodeRender { JobId = job.Id, EpisodeId = episodeId, CreatedAt = job.CreatedAt });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<EpisodeRender>> RendersAsync(string episodeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.EpisodeRenders.AsNoTracking().Where(r => r.EpisodeId == episodeId).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The episode as a render sees it: each scene's voice chosen (scene, episode, studio default) and settings merged.</summary>
    public async Task<CompositionSpec> SpecAsync(Episode episode, CancellationToken cancellationToken)
    {
        // A scene without a voice speaks the episode's language: in Spanish, Spanish's default voice (ADR 0052).
        var fallback = (string.IsNullOrWhiteSpace(episode.Language) ? null : await voices.DefaultForLanguageAsync(episode.Language, cancellationToken).ConfigureAwait(false))
            ?? await voices.DefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(Texts<EpisodesText>.Get("NoEnabledVoice"));
        var (width, height) = EpisodeFormats.Size(episode.Resolution);
        var scenes = new List<SceneSpec>();
        foreach (var scene in episode.Scenes.OrderBy(s => s.Position))
        {
            var voice = await voices.FindAsync(scene.VoiceId ?? episode.VoiceId ?? fallback.Id, cancellationToken).ConfigureAwait(false) ?? fallback;
            var overrides = scene.VoiceSettings is null ? new VoiceSettingsOverride() : JsonSerializer.Deserialize<VoiceSettingsOverride>(scene.VoiceSettings, JobJson.Options)!;
            scenes.Add(new SceneSpec(scene.Position + 1, scene.Text, voice.Id, overrides.ApplyTo(voice.DefaultSettings), scene.StyleId ?? episode.StyleId,
                scene.AssetId, scene.Motion, scene.Fit, scene.PaddingBeforeSeconds, scene.PaddingAfterSeconds));
        }
        return new CompositionSpec(episode.Id, episode.Title, episode.Language, width, height, episode.Fps, episode.Captions,
            episode.Transition, episode.TransitionSeconds, episode.MusicAssetId, episode.MusicLevelDb, scenes, episode.CaptionsBurnedIn);
    }

    /// <summary>An episode that is not stored (POST /api/compose) but rendered the same way.</summary>
    public static Episode Transient(EpisodeRequest request, DateTimeOffset now)
    {
        var episode = new Episode { Id = "inline", Title = "", CreatedAt = now };
        Apply(episode, request, now);
        return episode;
    }

    private static void Apply(Episode episode, EpisodeRequest request, DateTimeOffset now)
    {
        episode.Title = request.Title!.Trim();
        episode.Description = request.Description;
        episode.Language = request.Language ?? episode.Language;
        episode.Resolution = request.Resolution ?? EpisodeFormats.Landscape;
        episode.Fps = request.Fps ?? 30;
        episode.VoiceId = request.VoiceId;
        episode.StyleId = request.StyleId;
        episode.MusicAssetId = request.MusicAssetId;
        episode.MusicLevelDb = request.MusicLevelDb ?? -12;
        episode.Captions = request.Captions ?? true;
        episode.CaptionsBurnedIn = request.CaptionsBurnedIn ?? false;
        episode.Transition = request.Transition ?? EpisodeFormats.Cut;
        episode.TransitionSeconds = request.TransitionSeconds ?? 0.5;
        episode.UpdatedAt = now;
        var position = 0;
        foreach (var scene in request.Scenes ?? [])
        {
            episode.Scenes.Add(new Scene
            {
                Id = NewId(),
                EpisodeId = episode.Id,
                Position = position++,
                Text = scene.Text?.Trim() ?? "",
                VoiceId = scene.VoiceId,
                VoiceSettings = scene.VoiceSettings is null ? null : JsonSerializer.Serialize(scene.VoiceSettings, JobJson.Options),
                StyleId = scene.StyleId,
                AssetId = scene.AssetId,
                Motion = scene.Motion ?? EpisodeFormats.MotionNone,
                Fit = scene.Fit ?? EpisodeFormats.FitCover,
                PaddingBeforeSeconds = scene.PaddingBeforeSeconds ?? EpisodeFormats.DefaultPaddingBeforeSeconds,
                PaddingAfterSeconds = scene.PaddingAfterSeconds ?? EpisodeFormats.DefaultPaddingAfterSeconds,
            });
        }
    }

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
