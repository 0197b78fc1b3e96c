using System.Text.Json;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Tests.Features.Styles;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// Text the studio adds stays inside the safe area of every look: a title card's long sentence and burned captions
/// never land on a look's bars or its date stamp, and they are still drawn (wrapped, shrunk) in what remains.
/// </summary>
public sealed class TextSafeAreaTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    private const int Width = 1280, Height = 720;

    /// <summary>A pixel is text when some channel differs from the text-free frame by more than grain and coding noise can (grain alone stays within ±40).</summary>
    private const int TextDifference = 90;

    private const string LongSentence =
        "On the last warm evening of the summer the whole street carried its tables outside, lit paper lanterns in the plane trees " +
        "and shared bread, olives, grilled peppers and old stories with every neighbour until long after midnight had struck.";

    public static TheoryData<string> SeededStyles() => [.. StyleSeeds.Create(DateTimeOffset.UnixEpoch).Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SeededStyles))]
    public async Task A_long_title_card_and_burned_captions_stay_off_the_looks_bars_and_stamp_and_are_still_drawn(string styleId)
    {
        var background = studio.FileOf("title-background.png");
        if (!File.Exists(background))
        {
            // A still of the title cards' colour: the same picture as a card, without its text.
            await studio.FfmpegAsync("-f", "lavfi", "-i", $"color=c=0x1d2b53:size={Width}x{Height}", "-frames:v", "1", background);
        }
        var plainStill = await studio.AddAssetAsync(background);
        var fast = VoiceSettings.Default with { Speed = 2.0 };
        var spec = CompositionStudio.Spec(Width, Height,
        [
            CompositionStudio.Scene(1, LongSentence) with { StyleId = styleId, Settings = fast },
            CompositionStudio.Scene(2, "The lanterns glow over the quiet street.", plainStill) with { StyleId = styleId, Settings = fast },
        ]) with { CaptionsBurnedIn = true };

        var (captioned, captionedOutputs) = await studio.ComposeAsync(spec);
        var (plain, plainOutputs) = await studio.ComposeAsync(spec with { Captions = false });

        Assert.True(captioned.State == JobState.Succeeded, captioned.ErrorMessage);
        Assert.True(plain.State == JobState.Succeeded, plain.ErrorMessage);
        var cue = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(captionedOutputs, "plan.json"))).RootElement.GetProperty("cues")[0];
        var captionTime = (cue.GetProperty("startSeconds").GetDouble() + cue.GetProperty("endSeconds").GetDouble()) / 2;
        var card = await StyleImages.ReadAsync(Path.Combine(captionedOutputs, "episode.mp4"), Width, Height, seconds: 1.0);
        var withCaption = await StyleImages.ReadAsync(Path.Combine(captionedOutputs, "episode.mp4"), Width, Height, seconds: captionTime);
        var textFree = await StyleImages.ReadAsync(Path.Combine(plainOutputs, "episode.mp4"), Width, Height, seconds: captionTime);

        var look = (await studio.Services.GetRequiredService<StyleCatalog>().FindAsync(styleId, CancellationToken.None))!.ParsedLook();
        var regions = LookRegions.Covered(look, Width, Height);
        var safe = LookRegions.SafeArea(look, Width, Height);
        foreach (var (what, frame) in new[] { ("title card text", card), ("caption", withCaption) })
        {
            foreach (var region in regions)
            {
                Assert.True(TextPixels(frame, textFree, region) == 0, $"{styleId}: the {what} has {TextPixels(frame, textFree, region)} pixels in the {region.What} {region}");
            }
            Assert.True(TextPixels(frame, textFree, safe) > 400, $"{styleId}: the {what} is not drawn ({TextPixels(frame, textFree, safe)} text pixels in the safe area {safe})");
        }
        // The regions are where the look really draws: its bars are black, and all of its stamp's bright text is inside the stamp's box.
        foreach (var bar in LookRegions.Bars(look, Width, Height))
        {
            Assert.True(Count(textFree, bar, (r, g, b) => Math.Max(r, Math.Max(g, b)) > 40) == 0, $"{styleId}: the {bar.What} is not black");
        }
        if (look.Overlay == LookOverlay.DateStamp)
        {
            var stamp = LookRegions.DateStamp(look, Width, Height).Box;
            var whole = new LookRegion("frame", 0, 0, Width, Height);
            static bool Bright(int r, int g, int b) => 0.299 * r + 0.587 * g + 0.114 * b > 150;
            Assert.True(Count(textFree, stamp, Bright) > 100, $"{styleId}: no stamp drawn in {stamp}");
            Assert.Equal(Count(textFree, whole, Bright), Count(textFree, stamp, Bright));
        }
    }

    private static int TextPixels(StyleImages.Rgb frame, StyleImages.Rgb textFree, LookRegion region)
    {
        var count = 0;
        for (var y = Math.Max(0, region.Y); y < Math.Min(Height, region.Bottom); y++)
        {
            for (var x = Math.Max(0, region.X); x < Math.Min(Width, region.Right); x++)
            {
                var (r, g, b) = frame.At(x, y);
                var (r0, g0, b0) = textFree.At(x, y);
                count += Math.Max(Math.Abs(r - r0), Math.Max(Math.Abs(g - g0), Math.Abs(b - b0))) > TextDifference ? 1 : 0;
            }
        }
        return count;
    }

    private static int Count(StyleImages.Rgb frame, LookRegion region, Func<int, int, int, bool> test)
    {
        var count = 0;
        for (var y = Math.Max(0, region.Y); y < Math.Min(Height, region.Bottom); y++)
        {
            for (var x = Math.Max(0, region.X); x < Math.Min(Width, region.Right); x++)
            {
                var (r, g, b) = frame.At(x, y);
                count += test(r, g, b) ? 1 : 0;
            }
        }
        return count;
    }
}
