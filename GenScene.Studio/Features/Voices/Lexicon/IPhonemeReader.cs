namespace GenScene.Studio.Features.Voices.Lexicon;

/// <summary>
/// An engine that can be told how to pronounce a word in phonemes. It writes them in its own markup
/// (espeak-ng <c>[[...]]</c>, ElevenLabs <c>&lt;phoneme&gt;</c>), or returns null when it cannot read
/// this alphabet (or this model ignores phonemes), and the entry's alias is said instead.
/// </summary>
public interface IPhonemeReader
{
    string? Phonemes(string written, string phonemes, string alphabet);
}
