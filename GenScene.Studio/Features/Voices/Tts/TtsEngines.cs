namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// The engines of this studio and the order to try them for a voice: its own engine first, then
/// every other configured engine that has an enabled voice in the same language (the fallback).
/// </summary>
public sealed class TtsEngines(IEnumerable<ITtsEngine> engines, VoiceCatalog catalog)
{
    public IReadOnlyList<ITtsEngine> All { get; } = [.. engines];

    public ITtsEngine? Find(string provider) => All.FirstOrDefault(e => e.Name == provider);

    public async Task<IReadOnlyList<(ITtsEngine Engine, Voice Voice)>> CandidatesAsync(Voice voice, CancellationToken cancellationToken)
    {
        var candidates = new List<(ITtsEngine, Voice)>();
        if (Find(voice.Provider) is { IsConfigured: true } own)
        {
            candidates.Add((own, voice));
        }
        var voices = await catalog.ListAsync(includeDisabled: false, cancellationToken).ConfigureAwait(false);
        foreach (var engine in All.Where(e => e.IsConfigured && e.Name != voice.Provider))
        {
            var sameLanguage = voices
                .Where(v => v.Provider == engine.Name && SameLanguage(v.Language, voice.Language))
                .OrderByDescending(v => v.Language.Equals(voice.Language, StringComparison.OrdinalIgnoreCase))
                .ThenByDescending(v => v.Gender == voice.Gender)
                .ThenByDescending(v => v.IsDefault)
                .FirstOrDefault();
            if (sameLanguage is not null)
            {
                candidates.Add((engine, sameLanguage));
            }
        }
        return candidates;
    }

    /// <summary>"es-419" and "es" are the same language for a fallback; "en" and "es" are not.</summary>
    public static bool SameLanguage(string a, string b) =>
        string.Equals(a.Split('-')[0], b.Split('-')[0], StringComparison.OrdinalIgnoreCase);
}
