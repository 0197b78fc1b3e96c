using System.Globalization;
using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Episodes composed through the episode.compose job with real espeak-ng and ffmpeg.</summary>
public sealed class EpisodeCompositionTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task A_still_a_title_card_and_a_clip_compose_to_a_verified_1080p_episode_with_captions_per_sentence_but_the_cards()
    {
        var spec = CompositionStudio.Spec(1920, 1080,
        [
            CompositionStudio.Scene(1, "Welcome to the studio. This is a still picture.", studio.Asset("still"), motion: "zoom-in"),
            CompositionStudio.Scene(2, "A title card speaks."),
            CompositionStudio.Scene(3, "", studio.Asset("clip")),
        ], transition: "crossfade", transitionSeconds: 0.5);

        var (job, outputs) = await studio.ComposeAsync(spec);

        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        var episode = Path.Combine(outputs, "episode.mp4");
        var info = await studio.ProbeAsync(episode);
        var video = info.Video!;
        var audio = info.Audio!;
        Assert.Equal(("h264", "High", 40, "yuv420p", 1920, 1080), (video.Codec, video.Profile, video.Level, video.PixelFormat, video.Width, video.Height));
        Assert.Equal(30, video.FrameRate, 3);
        Assert.Equal(("aac", 48000, 2), (audio.Codec, audio.SampleRate, audio.Channels));
        var boxes = CompositionStudio.TopLevelBoxes(episode);
        Assert.True(boxes.IndexOf("moov") >= 0 && boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));
        var planned = CompositionStudio.PlannedFrames(outputs) / 30.0;
        Assert.InRange(video.DurationSeconds, planned - 1 / 30.0, planned + 1 / 30.0);
        Assert.InRange(audio.DurationSeconds, video.DurationSeconds - 1 / 30.0, video.DurationSeconds + 1 / 30.0);
        Assert.InRange(await studio.IntegratedLufsAsync(episode), -17, -15);

        var cues = SrtCues(await File.ReadAllTextAsync(Path.Combine(outputs, "captions.srt")));
        // The title card shows its sentence as its text, so it has no caption (ADR 0021).
        Assert.Equal(["Welcome to the studio.", "This is a still picture."], cues.Select(c => c.Text));
        Assert.All(cues, c => Assert.True(c.Start < c.End && c.End <= video.DurationSeconds + 0.001, $"{c.Start}-{c.End}"));
        Assert.True(cues.Zip(cues.Skip(1)).All(p => p.First.Start < p.Second.Start), "cues start in order");
        Assert.True(new FileInfo(Path.Combine(outputs, "thumbnail.jpg")).Length > 1000);
        // Taken from the segment holding it, yet the very frame one second into the episode.
        Assert.Equal(await studio.FrameJpegAsync(episode, 1), await File.ReadAllBytesAsync(Path.Combine(outputs, "thumbnail.jpg")));
        Assert.StartsWith("WEBVTT", await File.ReadAllTextAsync(Path.Combine(outputs, "captions.vtt")), StringComparison.Ordinal);
    }

    internal static List<(double Start, double End, string Text)> SrtCues(string srt) =>
        [.. srt.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block =>
        {
            var lines = block.Split('\n');
            var times = lines[1].Split(" --> ");
            return (Time(times[0]), Time(times[1]), lines[2]);
        })];

    private static double Time(string value) => TimeSpan.ParseExact(value, @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;
}
