namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>An entry as GET /api/lexicon returns it.</summary>
public sealed record LexiconResponse(string Id, string Phrase, string Language, string Alias, string? Phonemes, string? PhonemeAlphabet,
    int Version, string? UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static LexiconResponse From(LexiconEntry entry) =>
        new(entry.Id, entry.Phrase, entry.Language, entry.Alias, entry.Phonemes, entry.PhonemeAlphabet, entry.Version, entry.UpdatedBy, entry.UpdatedAt);
}
