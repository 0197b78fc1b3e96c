namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>
/// An entry tried before (or without) saving it, carried by one speech job: <see cref="Alias"/> null speaks the text
/// as it would be without any entry for <see cref="Phrase"/> (the built-in readings still apply).
/// </summary>
public sealed record LexiconPreview(string Phrase, string Language, string? Alias, string? Phonemes = null, string? PhonemeAlphabet = null);
