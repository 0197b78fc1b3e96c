using GenScene.Studio.Data.Versioning;

namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>
/// "Say this word or phrase like that": in one language ("es", "en") or one region ("es-MX"), matched
/// whole and in any case. The alias is spelled as it sounds and works with every engine; phonemes,
/// when given, are used by an engine that reads their alphabet (espeak-ng's own, or IPA).
/// </summary>
public sealed class LexiconEntry : IVersioned
{
    public required string Id { get; set; }
    public required string Phrase { get; set; }
    public required string Language { get; set; }
    public required string Alias { get; set; }
    public string? Phonemes { get; set; }
    /// <summary><see cref="PhonemeAlphabets.Espeak"/> or <see cref="PhonemeAlphabets.Ipa"/>; null without phonemes.</summary>
    public string? PhonemeAlphabet { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; } = 1;
    public string? UpdatedBy { get; set; }
}

/// <summary>The phoneme alphabets an entry may use.</summary>
public static class PhonemeAlphabets
{
    /// <summary>espeak-ng's phoneme mnemonics, as between its [[ ]].</summary>
    public const string Espeak = "espeak";
    /// <summary>The International Phonetic Alphabet, as ElevenLabs' phoneme tag takes it.</summary>
    public const string Ipa = "ipa";

    public static readonly IReadOnlyList<string> All = [Espeak, Ipa];
}
