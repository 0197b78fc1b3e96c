using System.Text.RegularExpressions;
using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Voices;

/// <summary>The voices the studio can speak with. Exactly one enabled voice is the default.</summary>
public sealed partial class VoiceCatalog(IDbContextFactory<StudioDbContext> contexts, TimeProvider time, EditNotifier edits)
{
    public static string IdFor(string provider, string providerVoiceId) =>
        $"{provider}-{NonSlug().Replace(providerVoiceId.ToLowerInvariant(), "-")}".Trim('-');

    public async Task<IReadOnlyList<Voice>> ListAsync(bool includeDisabled, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var voices = db.Voices.AsNoTracking();
        if (!includeDisabled)
        {
            voices = voices.Where(v => v.Enabled);
        }
        return await voices.OrderBy(v => v.Language).ThenBy(v => v.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Voice?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Voices.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A voice by id, or else by its name (any case): the first backend's clients send either as "voice".</summary>
    public async Task<Voice?> FindByIdOrNameAsync(string idOrName, CancellationToken cancellationToken)
    {
        if (await FindAsync(idOrName, cancellationToken).ConfigureAwait(false) is { } byId)
        {
            return byId;
        }
        // A catalog is tens of voices: compared here, where "any case" means ordinal, not SQLite's ASCII-only NOCASE.
        return (await ListAsync(includeDisabled: true, cancellationToken).ConfigureAwait(false))
            .Where(v => string.Equals(v.Name, idOrName, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(v => v.Enabled).ThenBy(v => v.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    public async Task<Voice?> DefaultAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Voices.AsNoTracking().Where(v => v.Enabled)
            .OrderByDescending(v => v.IsDefault).ThenBy(v => v.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The voice to speak <paramref name="language"/> when none is chosen: the studio default if it speaks it, else a
    /// pico voice of that language (pico's natural voices over espeak-ng's, ADR 0052), else the closest other; null when
    /// no enabled voice speaks it.
    /// </summary>
    public async Task<Voice?> DefaultForLanguageAsync(string language, CancellationToken cancellationToken) =>
        (await ListAsync(includeDisabled: false, cancellationToken).ConfigureAwait(false))
            .Where(v => Tts.TtsEngines.SameLanguage(v.Language, language))
            .OrderByDescending(v => v.IsDefault)
            .ThenByDescending(v => v.Provider == Tts.PicoEngine.ProviderName)
            .ThenByDescending(v => v.Language.Equals(language, StringComparison.OrdinalIgnoreCase))
            .ThenBy(v => v.Name, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Adds the voices that are not in the catalog yet (matched by provider and provider voice id).</summary>
    public async Task<int> AddMissingAsync(IEnumerable<Voice> voices, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var known = (await db.Voices.Select(v => v.Provider + "/" + v.ProviderVoiceId).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var hasDefault = await db.Voices.AnyAsync(v => v.IsDefault, cancellationToken).ConfigureAwait(false);
        var added = 0;
        foreach (var voice in voices.Where(v => !known.Contains(v.Provider + "/" + v.ProviderVoiceId)))
        {
            voice.IsDefault = voice.IsDefault && !hasDefault;
            hasDefault |= voice.IsDefault;
            db.Voices.Add(voice);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    public const string Kind = "voice";

    /// <summary>
    /// Saves a new or edited voice. Returns per-field errors instead of saving bad values. An edit made on
    /// another version than the stored one (<see cref="EditBy.ExpectedVersion"/>) throws <see cref="StaleVersionException"/>.
    /// </summary>
    public async Task<Dictionary<string, string[]>> SaveAsync(Voice voice, EditBy edit, CancellationToken cancellationToken)
    {
        // Without an expected version (an old client: the last write wins) a lost race is tried again on the newer row.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySaveAsync(voice, edit, cancellationToken).ConfigureAwait(false);
            }
            catch (StaleVersionException ex) when (edit.ExpectedVersion is null && !ex.Deleted && attempt < 3)
            {
            }
        }
    }

    private async Task<Dictionary<string, string[]>> TrySaveAsync(Voice voice, EditBy edit, CancellationToken cancellationToken)
    {
        var errors = voice.DefaultSettings.Validate();
        if (string.IsNullOrWhiteSpace(voice.Name)) { errors["name"] = [Texts<VoicesText>.Get("NameRequired")]; }
        if (string.IsNullOrWhiteSpace(voice.ProviderVoiceId)) { errors["providerVoiceId"] = [Texts<VoicesText>.Get("EngineVoiceIdRequired")]; }
        if (string.IsNullOrWhiteSpace(voice.Language)) { errors["language"] = [Texts<VoicesText>.Get("LanguageRequired")]; }
        VoiceTextLimits.Check(voice, errors);
        if (errors.Count > 0)
        {
            return errors;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.Voices.FirstOrDefaultAsync(v => v.Id == voice.Id, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            voice.Id = IdFor(voice.Provider, voice.ProviderVoiceId);
            if (await db.Voices.AnyAsync(v => v.Id == voice.Id, cancellationToken).ConfigureAwait(false))
            {
                return new() { ["providerVoiceId"] = [Texts<VoicesText>.Format("EngineVoiceTaken", voice.Provider, voice.ProviderVoiceId)] };
            }
            voice.CreatedAt = time.GetUtcNow();
            voice.IsDefault = false;
            voice.UpdatedBy = edit.By;
            db.Voices.Add(voice);
        }
        else
        {
            StaleVersionException.ThrowIfStale(Kind, existing.Id, existing, edit.ExpectedVersion);
            existing.UpdatedBy = edit.By ?? existing.UpdatedBy;
            existing.Name = voice.Name.Trim();
            existing.Language = voice.Language.Trim();
            existing.Gender = voice.Gender;
            existing.Accent = voice.Accent;
            existing.Description = voice.Description;
            existing.DefaultSettings = voice.DefaultSettings;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var saved = existing ?? voice;
        edits.Publish(new EntityEdited(Kind, saved.Id, saved.Version, saved.UpdatedBy));
        return errors;
    }

    public async Task SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var voice = await db.Voices.FirstOrDefaultAsync(v => v.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException(Texts<VoicesText>.Format("NoSuchVoice", id));
        if (!enabled && voice.IsDefault)
        {
            throw new InvalidOperationException(Texts<VoicesText>.Format("DefaultCannotBeDisabled", voice.Name));
        }
        voice.Enabled = enabled;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetDefaultAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var voice = await db.Voices.FirstOrDefaultAsync(v => v.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException(Texts<VoicesText>.Format("NoSuchVoice", id));
        await db.Voices.Where(v => v.IsDefault).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsDefault, false).SetProperty(v => v.Version, v => v.Version + 1), cancellationToken).ConfigureAwait(false);
        voice.IsDefault = true;
        voice.Enabled = true;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
