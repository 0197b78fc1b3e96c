using System.Globalization;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Composition;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// A still scene without motion or burned text is held, not encoded frame by frame: its keyframe is encoded, the frames
/// after it are copies that change nothing. The episode plays the same picture throughout, as good as x264 makes it.
/// </summary>
public sealed partial class HeldStillTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task A_grainy_still_scene_is_held_every_frame_the_same_picture_as_good_as_a_whole_encode()
    {
        var photo = studio.FileOf("grainy.jpg");
        await studio.FfmpegAsync("-f", "lavfi", "-i", "gradients=size=640x360:rate=1:n=5:seed=3,noise=alls=26:allf=u", "-frames:v", "1", "-q:v", "2", photo);
        var asset = await studio.AddAssetAsync(photo);
        var before = await studio.CountAsync("held-still", "copied");

        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, [CompositionStudio.Scene(1, "The market smells of oranges and fresh bread this morning.", asset)]));

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage); // ffprobe's check: H.264 High, the planned frames and duration
        Assert.Equal(1, await studio.CountAsync("held-still", "copied") - before);
        var episode = Path.Combine(outputs, "episode.mp4");
        var frames = (await studio.Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-i", episode, "-map", "0:v", "-f", "framemd5", "-"]), CancellationToken.None))
            .StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Select(l => l[(l.LastIndexOf(',') + 1)..].Trim()).ToList();
        Assert.Equal(CompositionStudio.PlannedFrames(outputs), frames.Count);
        Assert.Single(frames.Distinct());

        // The same picture encoded whole, frame by frame, with the studio's settings: the held one is no worse.
        var whole = studio.FileOf("whole.mp4");
        await studio.FfmpegAsync(["-i", photo, "-filter_complex", "[0:v]scale=640:360:out_color_matrix=bt601:out_range=tv,format=yuv420p,setsar=1,loop=loop=89:size=1:start=0,settb=1/30,setpts=N,fps=30[v]",
            "-map", "[v]", .. VideoEncoder.Arguments(new CompositionOptions(), new FrameFormat(640, 360, 30)), "-frames:v", "90", "-f", "mp4", whole]);
        var held = await PsnrAsync(episode, photo);
        var encoded = await PsnrAsync(whole, photo);
        Assert.True(held >= encoded - 0.3, $"held {held:0.00} dB, encoded whole {encoded:0.00} dB");
    }

    [Fact]
    public async Task A_text_edit_holds_the_cached_template_to_the_new_length_and_another_picture_gets_its_own()
    {
        var first = studio.FileOf("market-a.jpg");
        var second = studio.FileOf("market-b.jpg");
        await studio.FfmpegAsync("-f", "lavfi", "-i", "gradients=size=640x360:rate=1:n=4:seed=8,noise=alls=24:allf=u", "-frames:v", "1", "-q:v", "2", first);
        await studio.FfmpegAsync("-f", "lavfi", "-i", "gradients=size=640x360:rate=1:n=4:seed=9,noise=alls=24:allf=u", "-frames:v", "1", "-q:v", "2", second);
        var (a, b) = (await studio.AddAssetAsync(first), await studio.AddAssetAsync(second));
        var rendered = await studio.CountAsync("held-template", "rendered");
        var hits = await studio.CountAsync("held-template", "hit");

        var cold = await ComposeHeldAsync("Oranges arrive from Valencia every morning.", a);
        Assert.Equal(1, await studio.CountAsync("held-template", "rendered") - rendered);

        // Longer text, same picture: the body is held again to its new length from the template, nothing encoded.
        var edited = await ComposeHeldAsync("Oranges arrive from Valencia every morning, and the fruiterer stacks them in bright pyramids beside the lemons.", a);
        Assert.Equal(1, await studio.CountAsync("held-template", "rendered") - rendered);
        Assert.Equal(1, await studio.CountAsync("held-template", "hit") - hits);
        Assert.True(edited.Count > cold.Count + 60, $"{cold.Count} frames, then {edited.Count}");
        Assert.Equal(cold[0], edited[0]); // the same picture as the cold run's, every frame of it (checked in ComposeHeldAsync)

        // Another picture at that length: its own template, not the cached one of the first picture.
        var other = await ComposeHeldAsync("Oranges arrive from Valencia every morning, and the fruiterer stacks them in bright pyramids beside the lemons.", b);
        Assert.Equal(2, await studio.CountAsync("held-template", "rendered") - rendered);
        Assert.NotEqual(cold[0], other[0]);
    }

    /// <summary>Composes one held still scene; returns the episode's frame hashes, checked to be one picture and the planned count.</summary>
    private async Task<List<string>> ComposeHeldAsync(string text, string asset)
    {
        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, [CompositionStudio.Scene(1, text, asset)]));
        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var frames = (await studio.Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-i", Path.Combine(outputs, "episode.mp4"), "-map", "0:v", "-f", "framemd5", "-"]), CancellationToken.None))
            .StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Select(l => l[(l.LastIndexOf(',') + 1)..].Trim()).ToList();
        Assert.Equal(CompositionStudio.PlannedFrames(outputs), frames.Count);
        Assert.Single(frames.Distinct());
        return frames;
    }

    /// <summary>PSNR in dB of the video's frame at 1 s against the still it shows.</summary>
    private async Task<double> PsnrAsync(string video, string still)
    {
        var result = await studio.Runner.RunAsync(new ProcessSpec("ffmpeg",
        [
            "-hide_banner", "-nostats", "-ss", "1", "-i", video, "-i", still, "-lavfi",
            "[1:v]scale=640:360:out_color_matrix=bt601:out_range=tv,format=yuv420p[r];[0:v][r]psnr", "-frames:v", "1", "-f", "null", "-",
        ]), CancellationToken.None);
        return double.Parse(Average().Match(result.StandardErrorTail).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"average:([\d.]+)")]
    private static partial Regex Average();
}
