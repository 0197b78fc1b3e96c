using GenScene.Studio.Features.Voices.Tts;

namespace GenScene.Studio.Tests.Features.Voices;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Text_within_the_limit_stays_one_part()
    {
        Assert.Equal(["Hello there. How are you?"], SentenceSplitter.Split("  Hello there. How are you?  ", 100));
    }

    [Fact]
    public void Long_text_is_cut_at_sentence_ends_and_every_part_fits()
    {
        var text = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"This is sentence number {i}."));

        var parts = SentenceSplitter.Split(text, 120);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 120));
        Assert.All(parts, p => Assert.EndsWith(".", p));
        Assert.Equal(text, string.Join(" ", parts)); // nothing lost, nothing added
    }

    [Fact]
    public void Spanish_marks_and_a_sentence_longer_than_the_limit_are_cut_at_clauses_then_words()
    {
        var text = "¿Dónde está la estación? ¡Allí! " + string.Join(", ", Enumerable.Repeat("una palabra larga más", 12)) + ".";

        var parts = SentenceSplitter.Split(text, 50);

        Assert.Equal("¿Dónde está la estación? ¡Allí!", parts[0]);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 50));
        Assert.Equal(text.Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            string.Join(" ", parts).Replace(",", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_the_only_thing_cut_inside()
    {
        var parts = SentenceSplitter.Split("short " + new string('x', 25), 10);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 10));
        Assert.Equal("short" + new string('x', 25), string.Concat(parts).Replace(" ", "", StringComparison.Ordinal));
    }
}
