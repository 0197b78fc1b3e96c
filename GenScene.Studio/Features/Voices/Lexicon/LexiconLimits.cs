namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>How long an entry's fields may be: a phrase is a few words, an alias says them.</summary>
public static class LexiconLimits
{
    public const int Phrase = 100;
    public const int Alias = 300;
    public const int Phonemes = 300;
    public const int Language = 20;
}
