using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Styles;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>A still larger than the picture is fitted once for every piece that shows it, and looks as the still does.</summary>
public sealed class StillFramesTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task A_large_still_is_fitted_once_for_its_body_and_transition_and_shows_as_the_still_does()
    {
        await studio.FfmpegAsync("-f", "lavfi", "-i", "testsrc2=size=2400x1350:rate=1", "-frames:v", "1", studio.FileOf("large.png"));
        var still = await studio.AddAssetAsync(studio.FileOf("large.png"));
        var segments = studio.Services.GetRequiredService<SegmentCache>().Directory;
        var before = Fitted(segments);

        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360,
        [
            CompositionStudio.Scene(1, "A large picture.", still, before: 0, after: 0.5),
            CompositionStudio.Scene(2, "Then a card."),
        ], "crossfade", 0.4) with { Captions = false });

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        Assert.Single(Fitted(segments).Except(before)); // one fitted frame for the body and the transition into the card
        await studio.FfmpegAsync("-i", studio.FileOf("large.png"), "-vf", "scale=640:360:flags=lanczos", studio.FileOf("large-640.png"));
        var expected = await StyleImages.ReadAsync(studio.FileOf("large-640.png"), 640, 360);
        var shown = await StyleImages.ReadAsync(Path.Combine(outputs, "episode.mp4"), 640, 360, seconds: 0.5);
        Assert.True(shown.MeanAbsoluteDifference(expected) < 4, $"the episode's frame differs from the still by {shown.MeanAbsoluteDifference(expected):0.0} levels on average");
    }

    private static string[] Fitted(string directory) =>
        Directory.Exists(directory) ? [.. Directory.EnumerateFiles(directory, "*.yuv").Where(f => !Path.GetFileName(f).StartsWith('.'))] : [];
}
