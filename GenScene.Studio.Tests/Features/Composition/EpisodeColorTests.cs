using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Styles;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// A still and a phone-style clip (BT.709, as phones tag theirs) of the same colour look the same in
/// the episode, which says which colours it is in; and their pieces are joined by the studio's joiner.
/// </summary>
public sealed class EpisodeColorTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    private const string Brick = "0xC0392B";

    [Fact]
    public async Task A_still_and_a_bt709_clip_of_one_colour_show_that_colour_in_a_tagged_episode_joined_by_copy()
    {
        await studio.FfmpegAsync("-f", "lavfi", "-i", $"color=c={Brick}:size=640x360:rate=1", "-frames:v", "1", "-pix_fmt", "rgb24", studio.FileOf("brick.png"));
        await studio.FfmpegAsync("-loop", "1", "-framerate", "30", "-t", "2", "-i", studio.FileOf("brick.png"), "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-c:v", "libx264", "-preset", "ultrafast", studio.FileOf("brick-709.mp4"));
        var still = await studio.AddAssetAsync(studio.FileOf("brick.png"));
        var clip = await studio.AddAssetAsync(studio.FileOf("brick-709.mp4"));
        var joinsBefore = await studio.CountAsync("join", "copied");

        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360,
        [
            CompositionStudio.Scene(1, "A brick wall.", still, before: 0, after: 0.5),
            CompositionStudio.Scene(2, "The same wall, filmed.", clip, before: 0, after: 0.5),
        ]) with { Captions = false });

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var episode = Path.Combine(outputs, "episode.mp4");
        var tags = (await studio.Runner.RunAsync(new Studio.Infrastructure.Processes.ProcessSpec("ffprobe",
            ["-v", "error", "-select_streams", "v", "-show_entries", "stream=color_space,color_primaries,color_transfer,color_range", "-of", "csv=p=0", episode]), CancellationToken.None)).StandardOutput.Trim();
        Assert.Equal("tv,smpte170m,bt709,bt709", tags);
        // Read as BT.601 where the clip is BT.709, the clip's wall would be about (176, 42, 44) against the still's (190, 56, 42); two lossy encodes move it by up to 7.
        var wall = (await StyleImages.ReadAsync(studio.FileOf("brick.png"), 64, 36)).At(32, 18);
        var plan = CompositionStudio.PlannedFrames(outputs) / 30.0;
        foreach (var seconds in new[] { 0.3, plan - 0.3 })
        {
            var (r, g, b) = (await StyleImages.ReadAsync(episode, 64, 36, seconds)).At(32, 18);
            Assert.True(Math.Abs(r - wall.R) <= 8 && Math.Abs(g - wall.G) <= 8 && Math.Abs(b - wall.B) <= 8, $"at {seconds:0.0} s the wall is ({r}, {g}, {b}), not {wall}");
        }
        Assert.Equal(joinsBefore + 1, await studio.CountAsync("join", "copied"));
    }
}
