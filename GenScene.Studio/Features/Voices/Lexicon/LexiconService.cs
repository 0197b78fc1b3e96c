using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Infrastructure.Api;
using GenScene.Studio.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>
/// The admins' pronunciation entries: listed, added, changed (with versions, ADR 0017) and deleted,
/// and the current <see cref="LexiconRules"/> for speech. The rules are kept in memory: this process's
/// writes replace them at once, and they are read again after <see cref="RefreshAfter"/> so that
/// another process's edit (a worker sharing the database) is seen within seconds.
/// </summary>
public sealed class LexiconService(IDbContextFactory<StudioDbContext> contexts, TimeProvider time, EditNotifier edits)
{
    public const string Kind = "lexicon entry";
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(5);

    private volatile Snapshot? _snapshot;

    public async Task<LexiconRules> RulesAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } current && time.GetUtcNow() - current.LoadedAt < RefreshAfter)
        {
            return current.Rules;
        }
        var entries = await ListAsync(cancellationToken).ConfigureAwait(false);
        var fresh = new Snapshot(new LexiconRules(entries), time.GetUtcNow());
        _snapshot = fresh;
        return fresh.Rules;
    }

    public async Task<IReadOnlyList<LexiconEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Lexicon.AsNoTracking().OrderBy(e => e.Language).ThenBy(e => e.Phrase).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<LexiconEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Lexicon.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds (<paramref name="id"/> null) or changes an entry. Returns per-field errors instead of saving bad
    /// values; a change made on another version than the stored one throws <see cref="StaleVersionException"/>.
    /// </summary>
    public async Task<(LexiconEntry? Saved, Dictionary<string, string[]> Errors)> SaveAsync(string? id, LexiconFields fields, EditBy edit, CancellationToken cancellationToken)
    {
        var errors = fields.Validate();
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var phrase = fields.Phrase!.Trim();
        var language = LexiconFields.NormalLanguage(fields.Language!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sameLanguage = await db.Lexicon.Where(e => e.Language == language && e.Id != id).Select(e => e.Phrase).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (sameLanguage.Any(p => string.Equals(p, phrase, StringComparison.OrdinalIgnoreCase)))
        {
            return (null, new() { ["phrase"] = [Texts<VoicesText>.Format("LexiconDuplicate", phrase, language)] });
        }
        var now = time.GetUtcNow();
        LexiconEntry entry;
        if (id is null)
        {
            entry = new LexiconEntry { Id = Guid.NewGuid().ToString("N")[..12], Phrase = phrase, Language = language, Alias = "", CreatedAt = now };
            db.Lexicon.Add(entry);
        }
        else
        {
            entry = await db.Lexicon.FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException(Texts<VoicesText>.Format("LexiconUnknown", id));
            StaleVersionException.ThrowIfStale(Kind, entry.Id, entry, edit.ExpectedVersion);
        }
        entry.Phrase = phrase;
        entry.Language = language;
        entry.Alias = fields.Alias!.Trim();
        entry.Phonemes = string.IsNullOrWhiteSpace(fields.Phonemes) ? null : fields.Phonemes.Trim();
        entry.PhonemeAlphabet = entry.Phonemes is null ? null : (fields.PhonemeAlphabet ?? PhonemeAlphabets.Espeak).Trim().ToLowerInvariant();
        entry.UpdatedAt = now;
        entry.UpdatedBy = edit.By ?? entry.UpdatedBy;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _snapshot = null;
        edits.Publish(new EntityEdited(Kind, entry.Id, entry.Version, entry.UpdatedBy));
        return (entry, errors);
    }

    /// <summary>Deletes an entry; false when there is none. A stale If-Match throws <see cref="StaleVersionException"/>.</summary>
    public async Task<bool> DeleteAsync(string id, EditBy edit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.Lexicon.FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return false;
        }
        StaleVersionException.ThrowIfStale(Kind, entry.Id, entry, edit.ExpectedVersion);
        db.Lexicon.Remove(entry);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _snapshot = null;
        edits.Publish(new EntityEdited(Kind, entry.Id, entry.Version, edit.By, Deleted: true));
        return true;
    }

    private sealed record Snapshot(LexiconRules Rules, DateTimeOffset LoadedAt);
}

/// <summary>What a person gives for an entry (the body of POST and PUT /api/lexicon), checked field by field.</summary>
public sealed partial record LexiconFields(string? Phrase, string? Language, string? Alias, string? Phonemes = null, string? PhonemeAlphabet = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "phrase", Phrase, LexiconLimits.Phrase, "LexiconPhraseMissing");
        Check(errors, "alias", Alias, LexiconLimits.Alias, "LexiconAliasMissing");
        if (string.IsNullOrWhiteSpace(Language))
        {
            errors["language"] = [Texts<VoicesText>.Get("LexiconLanguageMissing")];
        }
        else if (!LanguageTag().IsMatch(Language.Trim()))
        {
            errors["language"] = [Texts<VoicesText>.Format("LexiconLanguageBad", Language)];
        }
        if (!string.IsNullOrWhiteSpace(Phonemes))
        {
            if (Phonemes.Length > LexiconLimits.Phonemes)
            {
                errors["phonemes"] = [Texts<VoicesText>.Format("LexiconTooLong", "phonemes", LexiconLimits.Phonemes)];
            }
            else if (Phonemes.Any(c => char.IsControl(c) || UserText.IsDirectionOverride(c) || c is '[' or ']' or '<' or '>' or '"' or '&'))
            {
                errors["phonemes"] = [Texts<VoicesText>.Get("LexiconPhonemesBad")];
            }
        }
        // Checked with or without phonemes: a value that is not an alphabet's name is refused, never silently dropped.
        if (!string.IsNullOrEmpty(PhonemeAlphabet) && !PhonemeAlphabets.All.Contains(PhonemeAlphabet.ToLowerInvariant()))
        {
            errors["phonemeAlphabet"] = [Texts<VoicesText>.Format("LexiconAlphabetBad", PhonemeAlphabet)];
        }
        return errors;
    }

    /// <summary>"ES-mx" is stored as "es-MX", so one language is never two spellings.</summary>
    public static string NormalLanguage(string language)
    {
        var parts = language.Trim().Split('-');
        return parts.Length == 1 ? parts[0].ToLowerInvariant()
            : parts[0].ToLowerInvariant() + "-" + (parts[1].Length == 2 ? parts[1].ToUpperInvariant() : parts[1].Length == 4 ? char.ToUpperInvariant(parts[1][0]) + parts[1][1..].ToLowerInvariant() : parts[1]);
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, int max, string missingKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [Texts<VoicesText>.Get(missingKey)];
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = [Texts<VoicesText>.Format("LexiconTooLong", field, max)];
        }
        else if (UserText.NameProblem(field, value) is { } problem)
        {
            errors[field] = [problem];
        }
        else if (value.Contains('[') || value.Contains(']') || value.Contains('<') || value.Contains('>'))
        {
            errors[field] = [Texts<VoicesText>.Format("LexiconNoBrackets", field)];
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z]{2,3}(?:-(?:[A-Za-z]{2}|\d{3}|[A-Za-z]{4}))?$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}
