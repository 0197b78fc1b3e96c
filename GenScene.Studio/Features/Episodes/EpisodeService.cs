using System.Text.Json;
using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices;
using Microsoft.EntityFrameworkCore;
using GenScene.Studio.Features.Composition;

namespace GenScene.Studio.Features.Episodes;

/// <summary>Episodes and scenes in the store, and the frozen <see cref="CompositionSpec"/> a render uses.</summary>
public sealed class EpisodeService(IDbContextFactory<StudioDbContext> contexts, VoiceCatalog voices, TimeProvider time)
{
    public async Task<IReadOnlyList<Episode>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Episodes.AsNoTracking().Include(e => e.Scenes).OrderByDescending(e => e.UpdatedAt).AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Episode?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var episode = await db.Episodes.AsNoTracking().Include(e => e.Scenes).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        episode?.Scenes.Sort((a, b) => a.Position.CompareTo(b.Position));
        return episode;
    }

    /// <summary>Stores a validated request as a new episode.</summary>
    public async Task<Episode> CreateAsync(EpisodeRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var episode = new Episode { Id = NewId(), Title = "", CreatedAt = now };
        Apply(episode, request, now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.Episodes.Add(episode);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return episode;
    }

    /// <summary>Replaces an episode's fields and scenes with a validated request; null when there is no such episode.</summary>
    public async Task<Episode?> UpdateAsync(string id, EpisodeRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var episode = await db.Episodes.Include(e => e.Scenes).FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (episode is null)
        {
            return null;
        }
        db.Scenes.RemoveRange(episode.Scenes);
        episode.Scenes.Clear();
        Apply(episode, request, time.GetUtcNow());
        db.Scenes.AddRange(episode.Scenes);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return episode;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Episodes.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
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
        var fallback = await voices.DefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("There is no enabled voice to narrate with; add one on the Voices page.");
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
