using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>A title card shows its sentence as the card's text, so the captions leave that scene out rather than show it twice.</summary>
public sealed class TitleCardCaptionTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task The_captions_files_and_track_hold_the_pictured_scenes_sentences_but_not_the_title_cards()
    {
        var spec = CompositionStudio.Spec(640, 360,
        [
            CompositionStudio.Scene(1, "Welcome to the fruit shop."),
            CompositionStudio.Scene(2, "Apples are red today.", studio.Asset("still")),
            CompositionStudio.Scene(3, "Thank you for your visit."),
        ]);

        var (job, outputs) = await studio.ComposeAsync(spec);

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var srt = await File.ReadAllTextAsync(Path.Combine(outputs, "captions.srt"));
        var vtt = await File.ReadAllTextAsync(Path.Combine(outputs, "captions.vtt"));
        Assert.StartsWith("1\n", srt, StringComparison.Ordinal);
        Assert.Contains("Apples are red today.", srt, StringComparison.Ordinal);
        Assert.DoesNotContain("Welcome to the fruit shop.", srt, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you for your visit.", srt, StringComparison.Ordinal);
        Assert.DoesNotContain("\n2\n", srt, StringComparison.Ordinal); // one cue, numbered 1
        Assert.Contains("Apples are red today.", vtt, StringComparison.Ordinal);
        Assert.DoesNotContain("Welcome to the fruit shop.", vtt, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you for your visit.", vtt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_episode_of_title_cards_only_has_empty_captions_and_no_text_track()
    {
        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, [CompositionStudio.Scene(1, "Only a card.")]));

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage); // the verifier expects no track without cues
        Assert.Equal("WEBVTT\n\n", await File.ReadAllTextAsync(Path.Combine(outputs, "captions.vtt")));
        Assert.Equal("", await File.ReadAllTextAsync(Path.Combine(outputs, "captions.srt")));
    }
}
