using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>
/// An episode's captions are a soft track (mov_text in the MP4, the default), burned into the picture, or off;
/// never both at once, so a player's CC button never shows them twice.
/// </summary>
public sealed partial class CaptionModeTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task A_soft_track_is_in_the_mp4_and_not_in_the_picture_burned_ones_are_in_the_picture_and_not_a_track_and_off_is_neither()
    {
        var grey = studio.FileOf("grey.png");
        await studio.FfmpegAsync("-f", "lavfi", "-i", "color=c=0x808080:size=640x360", "-frames:v", "1", grey);
        var asset = await studio.AddAssetAsync(grey);
        var spec = CompositionStudio.Spec(640, 360, [CompositionStudio.Scene(1, "Grey skies over the quiet harbour today.", asset)]);

        var (soft, softOutputs) = await studio.ComposeAsync(spec);
        var (burned, burnedOutputs) = await studio.ComposeAsync(spec with { CaptionsBurnedIn = true });
        var (off, offOutputs) = await studio.ComposeAsync(spec with { Captions = false });

        Assert.True(soft.State == JobState.Succeeded, soft.ErrorMessage);
        Assert.True(burned.State == JobState.Succeeded, burned.ErrorMessage);
        Assert.True(off.State == JobState.Succeeded, off.ErrorMessage);
        Assert.Equal(["mov_text"], await SubtitleCodecsAsync(Path.Combine(softOutputs, "episode.mp4")));
        Assert.Equal("eng", await SubtitleLanguageAsync(Path.Combine(softOutputs, "episode.mp4")));
        Assert.Empty(await SubtitleCodecsAsync(Path.Combine(burnedOutputs, "episode.mp4")));
        Assert.Empty(await SubtitleCodecsAsync(Path.Combine(offOutputs, "episode.mp4")));
        // The soft track holds the sentence, as the SRT beside it does.
        Assert.Contains("Grey skies over the quiet harbour today.", await File.ReadAllTextAsync(Path.Combine(softOutputs, "captions.srt")), StringComparison.Ordinal);
        Assert.Contains("Grey skies over the quiet harbour today.", await TrackTextAsync(Path.Combine(softOutputs, "episode.mp4")), StringComparison.Ordinal);

        var cue = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(softOutputs, "plan.json"))).RootElement.GetProperty("cues")[0];
        var middle = (cue.GetProperty("startSeconds").GetDouble() + cue.GetProperty("endSeconds").GetDouble()) / 2;
        var (burnedMin, burnedMax) = await LowerThirdLumaAsync(Path.Combine(burnedOutputs, "episode.mp4"), middle);
        var (softMin, softMax) = await LowerThirdLumaAsync(Path.Combine(softOutputs, "episode.mp4"), middle);
        var (offMin, offMax) = await LowerThirdLumaAsync(Path.Combine(offOutputs, "episode.mp4"), middle);
        Assert.True(burnedMax > 200 && burnedMin < 80, $"no bright text on a dark box: Y {burnedMin}..{burnedMax}");
        Assert.True(softMax < 150 && softMin > 100, $"the soft-captioned picture is not plain grey: Y {softMin}..{softMax}");
        Assert.True(offMax < 150 && offMin > 100, $"the uncaptioned picture is not plain grey: Y {offMin}..{offMax}");
    }

    private async Task<List<string>> SubtitleCodecsAsync(string video) =>
        [.. (await FfprobeAsync("-select_streams", "s", "-show_entries", "stream=codec_name", "-of", "csv=p=0", video))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private async Task<string> SubtitleLanguageAsync(string video) =>
        (await FfprobeAsync("-select_streams", "s:0", "-show_entries", "stream_tags=language", "-of", "csv=p=0", video)).Trim();

    /// <summary>The MP4's text track converted back to SRT by ffmpeg.</summary>
    private async Task<string> TrackTextAsync(string video) =>
        (await studio.Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-i", video, "-map", "0:s:0", "-f", "srt", "-"]), CancellationToken.None)).StandardOutput;

    private async Task<string> FfprobeAsync(params string[] arguments) =>
        (await studio.Runner.RunAsync(new ProcessSpec("ffprobe", ["-v", "error", .. arguments]), CancellationToken.None)).StandardOutput;

    /// <summary>Darkest and brightest luma in the bottom 30% of the frame at <paramref name="seconds"/>.</summary>
    private async Task<(int Min, int Max)> LowerThirdLumaAsync(string video, double seconds)
    {
        var result = await studio.Runner.RunAsync(new ProcessSpec("ffmpeg",
        [
            "-v", "error", "-ss", seconds.ToString("0.000", CultureInfo.InvariantCulture), "-i", video, "-frames:v", "1",
            "-vf", "crop=iw:ih*0.3:0:ih*0.7,signalstats,metadata=mode=print:file=-", "-f", "null", "-",
        ]), CancellationToken.None);
        return (int.Parse(YMin().Match(result.StandardOutput).Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(YMax().Match(result.StandardOutput).Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"signalstats\.YMIN=(\d+)")]
    private static partial Regex YMin();

    [GeneratedRegex(@"signalstats\.YMAX=(\d+)")]
    private static partial Regex YMax();
}
