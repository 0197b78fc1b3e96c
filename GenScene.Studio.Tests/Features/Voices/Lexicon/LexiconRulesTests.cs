using GenScene.Studio.Features.Voices.Lexicon;

namespace GenScene.Studio.Tests.Features.Voices.Lexicon;

/// <summary>Admins' entries: whole words in any case, in their language, over the built-ins, with phonemes where the engine reads them.</summary>
public sealed class LexiconRulesTests
{
    private static LexiconEntry Entry(string phrase, string alias, string language = "es", string? phonemes = null, string? alphabet = null) =>
        new() { Id = Guid.NewGuid().ToString("N"), Phrase = phrase, Alias = alias, Language = language, Phonemes = phonemes, PhonemeAlphabet = alphabet };

    [Fact]
    public void An_entry_matches_whole_words_in_any_case_and_nothing_inside_other_words()
    {
        var rules = new LexiconRules([Entry("GenScene", "Yen Sin")]);

        Assert.Equal("Bienvenidos a Yen Sin, Yen Sin y Yen Sin.", rules.Rewrite("Bienvenidos a GenScene, genscene y GENSCENE.", "es-ES"));
        Assert.Equal("GenScenes y MyGenScene", rules.Rewrite("GenScenes y MyGenScene", "es"));
    }

    [Fact]
    public void An_entry_applies_in_its_language_and_its_regions_only()
    {
        var rules = new LexiconRules([Entry("zumo", "jugo", "es-MX"), Entry("GenScene", "Yen Sin", "es")]);

        Assert.Equal("un jugo de Yen Sin", rules.Rewrite("un zumo de GenScene", "es-MX"));
        Assert.Equal("un zumo de Yen Sin", rules.Rewrite("un zumo de GenScene", "es-ES"));
        Assert.Equal("GenScene", rules.Rewrite("GenScene", "en-US"));
    }

    [Fact]
    public void An_entry_overrides_a_built_in_reading_and_the_built_ins_still_read_the_rest()
    {
        var rules = new LexiconRules([Entry("24h", "todo el día"), Entry("Sr.", "don")]);

        Assert.Equal("Abierto todo el día, el don García, cinco kilómetros", rules.Rewrite("Abierto 24h, el Sr. García, 5 km", "es"));
    }

    [Fact]
    public void A_phrase_of_several_words_matches_across_any_spacing_and_the_longest_entry_wins()
    {
        var rules = new LexiconRules([Entry("Gen", "Yen"), Entry("Gen Scene", "Yen Sin")]);

        Assert.Equal("Yen Sin y Yen", rules.Rewrite("gen   scene y Gen", "es"));
    }

    [Fact]
    public void Phonemes_are_written_for_an_engine_that_reads_their_alphabet_and_the_alias_is_said_elsewhere()
    {
        var rules = new LexiconRules([Entry("GenScene", "Yen Sin", "en", "dZ'En,si:n", PhonemeAlphabets.Espeak)]);

        Assert.Equal("Hello [[dZ'En,si:n]].", rules.Rewrite("Hello GenScene.", "en", new EspeakLike()));
        Assert.Equal("Hello Yen Sin.", rules.Rewrite("Hello GenScene.", "en", phonemes: null));
    }

    private sealed class EspeakLike : IPhonemeReader
    {
        public string? Phonemes(string written, string phonemes, string alphabet) => alphabet == PhonemeAlphabets.Espeak ? $"[[{phonemes}]]" : null;
    }
}
