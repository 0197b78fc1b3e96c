using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Portrait and square episodes come out at their own size, the still fitted each way.</summary>
public sealed class EpisodeFormatTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Theory]
    [InlineData(1080, 1920, "contain-blur")]
    [InlineData(1080, 1080, "cover")]
    public async Task An_episode_has_the_chosen_dimensions(int width, int height, string fit)
    {
        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(width, height,
        [
            CompositionStudio.Scene(1, "Short.", studio.Asset("still"), motion: "pan", fit: fit, before: 0, after: 0.1),
            CompositionStudio.Scene(2, "Done.", before: 0, after: 0.1),
        ], "fade-black", 0.2));

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var video = (await studio.ProbeAsync(Path.Combine(outputs, "episode.mp4"))).Video!;
        Assert.Equal((width, height, "High", 40), (video.Width, video.Height, video.Profile, video.Level));
    }

    [Theory]
    [InlineData(25, 40)]
    [InlineData(60, 42)]
    public async Task Other_frame_rates_compose_with_their_level_and_the_planned_duration(int fps, int level)
    {
        var (job, outputs) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360,
        [
            CompositionStudio.Scene(1, "A clip at its own rate.", studio.Asset("clip"), before: 0, after: 0.2),
            CompositionStudio.Scene(2, "And a still.", studio.Asset("still"), motion: "zoom-out", before: 0, after: 0.2),
        ], "crossfade", 0.4) with { Fps = fps });

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage); // ffprobe checked: duration within one frame of the plan
        var video = (await studio.ProbeAsync(Path.Combine(outputs, "episode.mp4"))).Video!;
        Assert.Equal((level, (double)fps), (video.Level, video.FrameRate));
        Assert.InRange(video.DurationSeconds, (CompositionStudio.PlannedFrames(outputs) - 1.0) / fps, (CompositionStudio.PlannedFrames(outputs) + 1.0) / fps);
    }

    [Fact]
    public async Task A_corrupt_video_asset_fails_the_job_naming_the_scene_and_the_reason()
    {
        await studio.CorruptAsync("doomed");
        var (job, _) = await studio.ComposeAsync(CompositionStudio.Spec(640, 360,
        [
            CompositionStudio.Scene(1, "Fine."),
            CompositionStudio.Scene(2, "", studio.Asset("doomed")),
        ]));

        Assert.Equal(JobState.Dead, job.State);
        Assert.Contains("Scene 2", job.ErrorMessage, StringComparison.Ordinal);
        Assert.Matches("(?i)invalid|moov|not found|error", job.ErrorMessage!);
    }
}
