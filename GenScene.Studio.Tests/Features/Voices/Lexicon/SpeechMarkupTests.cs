using GenScene.Studio.Features.Voices.Lexicon;

namespace GenScene.Studio.Tests.Features.Voices.Lexicon;

/// <summary>Pause marks and paragraph breaks as the synthesizer reads them, and as captions show the text.</summary>
public sealed class SpeechMarkupTests
{
    [Fact]
    public void Pause_marks_in_English_or_Spanish_spelling_become_pauses_of_their_length()
    {
        var pieces = SpeechMarkup.Parse("Uno. [pause 1.5s] Dos. [pausa 1,5 s] Tres. [PAUSE 500 ms] Cuatro.", 0.6);

        ScriptPiece[] expected = [new("Uno."), new(null, 1.5), new("Dos."), new(null, 1.5), new("Tres."), new(null, 0.5), new("Cuatro.")];
        Assert.Equal(expected, pieces);
    }

    [Fact]
    public void A_blank_line_between_paragraphs_is_a_pause_of_the_paragraph_length()
    {
        ScriptPiece[] paragraphs = [new("First."), new(null, 0.6), new("Second.")];
        Assert.Equal(paragraphs, SpeechMarkup.Parse("First.\n\n  Second.", 0.6));
        Assert.Equal("First.\nSecond.", Assert.Single(SpeechMarkup.Parse("First.\nSecond.", 0.6)).Text);
    }

    [Fact]
    public void A_text_without_marks_is_one_piece_holding_the_text_exactly_so_its_cache_key_is_unchanged()
    {
        const string text = "  Hello there.  ";
        var pieces = SpeechMarkup.Parse(text, 0.6);

        Assert.Same(text, Assert.Single(pieces).Text);
        Assert.Same(text, SpeechMarkup.KeyText(pieces));
    }

    [Fact]
    public void Captions_show_the_text_without_the_marks()
    {
        Assert.Equal("Abrimos a las diez. Les esperamos.", SpeechMarkup.Visible("Abrimos a las diez. [pausa 2 s] Les esperamos."));
        Assert.Equal("", SpeechMarkup.Visible("[pause 1s]"));
    }
}
