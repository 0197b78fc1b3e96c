using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Voices.Lexicon.BuiltIn;

namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>
/// The lexicon at one moment, ready to rewrite text: the admins' entries first (whole words or phrases,
/// any case), then the built-in readings of the language on the text between them, so an entry always
/// overrides a built-in. Text that nothing touches comes back as the same string, which keeps its speech
/// cache key (the key is on the rewritten text, so only texts an entry touches miss after an edit).
/// </summary>
public sealed class LexiconRules(IReadOnlyList<LexiconEntry> entries)
{
    public static readonly LexiconRules Empty = new([]);

    private readonly ConcurrentDictionary<string, Matcher?> _matchers = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<LexiconEntry> Entries { get; } = entries;

    /// <summary>The text as the engine should get it in <paramref name="language"/>; <paramref name="phonemes"/> writes an entry's phonemes, when it can.</summary>
    public string Rewrite(string text, string language, IPhonemeReader? phonemes = null, bool builtIns = true)
    {
        var rules = builtIns ? IBuiltInRules.For(language) : null;
        var matcher = _matchers.GetOrAdd(language, Build);
        if (matcher is null)
        {
            return rules?.Apply(text) ?? text;
        }
        var matches = matcher.Pattern.Matches(text);
        if (matches.Count == 0)
        {
            return rules?.Apply(text) ?? text;
        }
        var result = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (Match match in matches)
        {
            var before = text[at..match.Index];
            result.Append(rules?.Apply(before) ?? before);
            // Regex case folding and ToLowerInvariant can disagree on a rare letter (the Kelvin sign): then the text stays as written.
            result.Append(matcher.ByPhrase.TryGetValue(Normalize(match.Value), out var entry) ? Say(entry, match.Value, phonemes) : match.Value);
            at = match.Index + match.Length;
        }
        var rest = text[at..];
        return result.Append(rules?.Apply(rest) ?? rest).ToString();
    }

    /// <summary>
    /// These rules as they would be with the previewed entry (the Pronunciation page's Listen): its phrase's
    /// stored entries set aside, and the preview's reading in their place, or none ("without the entry").
    /// </summary>
    public LexiconRules With(LexiconPreview preview)
    {
        var phrase = Normalize(preview.Phrase);
        var kept = Entries.Where(e => Normalize(e.Phrase) != phrase).ToList();
        if (preview.Alias is { Length: > 0 } alias)
        {
            kept.Add(new LexiconEntry
            {
                Id = "preview", Phrase = preview.Phrase, Language = preview.Language, Alias = alias,
                Phonemes = preview.Phonemes, PhonemeAlphabet = preview.Phonemes is null ? null : preview.PhonemeAlphabet ?? PhonemeAlphabets.Espeak,
            });
        }
        return new LexiconRules(kept);
    }

    /// <summary>Whether an entry in <paramref name="entryLanguage"/> applies to a voice speaking <paramref name="voiceLanguage"/>: "es" to every Spanish, "es-MX" to Mexican Spanish only.</summary>
    public static bool Applies(string entryLanguage, string voiceLanguage) =>
        entryLanguage.Equals(voiceLanguage, StringComparison.OrdinalIgnoreCase)
        || (!entryLanguage.Contains('-') && voiceLanguage.StartsWith(entryLanguage + "-", StringComparison.OrdinalIgnoreCase));

    private static string Say(LexiconEntry entry, string written, IPhonemeReader? phonemes) =>
        entry.Phonemes is { Length: > 0 } spelled && entry.PhonemeAlphabet is { } alphabet && phonemes?.Phonemes(written, spelled, alphabet) is { } marked
            ? marked
            : entry.Alias;

    private Matcher? Build(string language)
    {
        // A region's own entry wins over its language's for the same phrase.
        var chosen = Entries.Where(e => Applies(e.Language, language))
            .GroupBy(e => Normalize(e.Phrase))
            .Select(g => g.OrderByDescending(e => e.Language.Length).First())
            .ToDictionary(e => Normalize(e.Phrase), StringComparer.Ordinal);
        if (chosen.Count == 0)
        {
            return null;
        }
        // Longest first, so "Sr. García" wins over "Sr."; whole words only: no letter or digit may touch either end.
        var alternatives = chosen.Keys.OrderByDescending(p => p.Length).Select(p => string.Join(@"\s+", p.Split(' ').Select(Regex.Escape)));
        var pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        return new Matcher(pattern, chosen);
    }

    private static string Normalize(string phrase) => string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private sealed record Matcher(Regex Pattern, Dictionary<string, LexiconEntry> ByPhrase);
}
