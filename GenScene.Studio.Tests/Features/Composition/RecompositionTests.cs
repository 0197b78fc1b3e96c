using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Scene segments are cached by content: a recomposition renders only what changed.</summary>
public sealed class RecompositionTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task Editing_one_scene_rerenders_only_that_scene_and_the_episode_reflects_the_edit()
    {
        var scenes = new[]
        {
            CompositionStudio.Scene(1, "First scene."),
            CompositionStudio.Scene(2, "Second scene.", studio.Asset("still")),
            CompositionStudio.Scene(3, "Third scene."),
        };
        var first = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, scenes, "crossfade", 0.3));
        Assert.True(first.Job.State == JobState.Succeeded, first.Job.ErrorMessage);
        var before = await CountsAsync();

        scenes[2] = scenes[2] with { Text = "Third scene, now a good deal longer than it was before the edit." };
        var second = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, scenes, "crossfade", 0.3));
        Assert.True(second.Job.State == JobState.Succeeded, second.Job.ErrorMessage);
        var after = await CountsAsync();

        Assert.Equal(1, after.SegmentsRendered - before.SegmentsRendered);
        Assert.Equal(2, after.SegmentHits - before.SegmentHits);
        Assert.Equal(1, after.TransitionsRendered - before.TransitionsRendered); // only the one into the edited scene
        Assert.True(CompositionStudio.PlannedFrames(second.Outputs) > CompositionStudio.PlannedFrames(first.Outputs) + 30);
        // Scene 3 is a title card: its card shows the new text (it has no caption), and its narration speaks it.
        var plan = await File.ReadAllTextAsync(Path.Combine(second.Outputs, "plan.json"));
        Assert.Contains("now a good deal longer", plan, StringComparison.Ordinal);
        var video = (await studio.ProbeAsync(Path.Combine(second.Outputs, "episode.mp4"))).Video!;
        // The first scene was not rendered again: its cached thumbnail is still the frame one second into the new episode.
        Assert.Equal(await studio.FrameJpegAsync(Path.Combine(second.Outputs, "episode.mp4"), 1), await File.ReadAllBytesAsync(Path.Combine(second.Outputs, "thumbnail.jpg")));
        Assert.InRange(video.DurationSeconds, CompositionStudio.PlannedFrames(second.Outputs) / 30.0 - 1 / 30.0, CompositionStudio.PlannedFrames(second.Outputs) / 30.0 + 1 / 30.0);
    }

    [Theory]
    [InlineData("none", 150)] // a still body: cut only where one encode puts its keyframes (every 5 s), so none is added
    [InlineData("zoom-in", 75)] // a moving body: in half intervals, for both cores
    public async Task A_long_scene_renders_as_pieces_side_by_side_with_a_keyframe_at_each_and_no_other(string motion, int interval)
    {
        var scene = CompositionStudio.Scene(1, "A long scene of narration that goes on for a while. It keeps talking so that it lasts longer than one keyframe interval of five seconds, "
            + "which is where the studio cuts a body into pieces.", studio.Asset("still"), motion: motion);
        var before = await CountsAsync();

        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, [scene]));

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage); // the handler's ffprobe check: duration within a frame of the plan
        var frames = CompositionStudio.PlannedFrames(outputs);
        Assert.True(frames > 225, $"the scene is {frames} frames, too short to be cut");
        // Whole intervals; a moving body's remainder under half an interval stays with the piece before it, a held (still) body's
        // is a piece of its own, since a held piece has one keyframe.
        var expected = motion == "none" ? (frames + interval - 1) / interval : (frames + interval / 2) / interval;
        Assert.Equal(expected, (await CountsAsync()).SegmentsRendered - before.SegmentsRendered);
        var keyframes = (await studio.Runner.RunAsync(new GenScene.Studio.Infrastructure.Processes.ProcessSpec("ffprobe",
            ["-v", "error", "-select_streams", "v", "-skip_frame", "nokey", "-show_entries", "frame=pts", "-of", "csv=p=0", Path.Combine(outputs, "episode.mp4")]), CancellationToken.None)).StandardOutput;
        // A keyframe where each piece starts and every 150 frames within a piece (pts in 1/30000 s), and no more.
        var starts = Enumerable.Range(0, expected).Select(k => k * interval).ToList();
        var planned = starts.SelectMany((start, k) => Enumerable.Range(0, int.MaxValue).Select(j => start + j * 150).TakeWhile(f => f < (k + 1 < starts.Count ? starts[k + 1] : frames)));
        Assert.Equal(planned.Select(f => (f * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            keyframes.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd(',')));
    }

    [Fact]
    public async Task Changing_only_a_picture_reuses_the_soundtrack_and_the_episode_sounds_the_same()
    {
        var scenes = new[]
        {
            CompositionStudio.Scene(1, "Nothing heard changes here."),
            CompositionStudio.Scene(2, "Only the picture moves now.", studio.Asset("still")),
        };
        var first = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, scenes, "crossfade", 0.3, music: studio.Asset("music")));
        Assert.True(first.Job.State == JobState.Succeeded, first.Job.ErrorMessage);
        var before = await SoundtracksAsync();

        scenes[1] = scenes[1] with { Motion = "zoom-in" };
        var second = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, scenes, "crossfade", 0.3, music: studio.Asset("music")));
        Assert.True(second.Job.State == JobState.Succeeded, second.Job.ErrorMessage);

        Assert.Equal((before.Rendered, before.Hits + 1), await SoundtracksAsync());
        Assert.Equal(await AudioDigestAsync(first.Outputs), await AudioDigestAsync(second.Outputs));
        Assert.NotEqual(await studio.FrameJpegAsync(Path.Combine(first.Outputs, "episode.mp4"), 2.5), await studio.FrameJpegAsync(Path.Combine(second.Outputs, "episode.mp4"), 2.5));
    }

    /// <summary>The MD5 of the episode's AAC packets, copied out unchanged.</summary>
    private async Task<string> AudioDigestAsync(string outputs) =>
        (await studio.Runner.RunAsync(new GenScene.Studio.Infrastructure.Processes.ProcessSpec("ffmpeg",
            ["-v", "error", "-i", Path.Combine(outputs, "episode.mp4"), "-map", "0:a", "-c", "copy", "-f", "md5", "-"]), CancellationToken.None)).StandardOutput.Trim();

    private async Task<(long Rendered, long Hits)> SoundtracksAsync() =>
        (await studio.CountAsync("soundtrack", "rendered"), await studio.CountAsync("soundtrack", "hit"));

    [Fact]
    public async Task Lengthening_a_still_scenes_narration_rerenders_its_held_body_but_neither_of_its_transitions()
    {
        var grey = studio.FileOf("recompose-grey.png");
        await studio.FfmpegAsync("-f", "lavfi", "-i", "color=c=0x607080:size=640x360", "-frames:v", "1", grey);
        var other = await studio.AddAssetAsync(grey);
        var scenes = new[]
        {
            CompositionStudio.Scene(1, "Boats in the harbour.", studio.Asset("still")),
            CompositionStudio.Scene(2, "Gulls over the market.", other),
            CompositionStudio.Scene(3, "Nets on the quay.", studio.Asset("still")),
        };
        var first = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, scenes, "crossfade", 0.3));
        Assert.True(first.Job.State == JobState.Succeeded, first.Job.ErrorMessage);
        var before = await CountsAsync();

        scenes[1] = scenes[1] with { Text = "Gulls over the market, circling and calling for a long while before they settle." };
        var second = await studio.ComposeAsync(CompositionStudio.Spec(640, 360, scenes, "crossfade", 0.3));

        Assert.True(second.Job.State == JobState.Succeeded, second.Job.ErrorMessage);
        var after = await CountsAsync();
        Assert.Equal(1, after.SegmentsRendered - before.SegmentsRendered); // scene 2's body, longer
        Assert.Equal(0, after.TransitionsRendered - before.TransitionsRendered); // a still looks the same at any length
        Assert.Equal(0, await studio.CountAsync("join", "concat-demuxer")); // held pieces are encoded alike: joined by copy
        Assert.True(CompositionStudio.PlannedFrames(second.Outputs) > CompositionStudio.PlannedFrames(first.Outputs) + 30);
    }

    private async Task<(long SegmentsRendered, long SegmentHits, long TransitionsRendered)> CountsAsync() =>
        (await studio.CountAsync("segment", "rendered"), await studio.CountAsync("segment", "hit"), await studio.CountAsync("transition", "rendered"));
}
