using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Composition;

/// <summary>Captions are burned into the picture (as well as written as SRT/VTT) when the episode asks for them.</summary>
public sealed partial class BurnedCaptionsTests(CompositionStudio studio) : IClassFixture<CompositionStudio>
{
    [Fact]
    public async Task With_captions_on_the_sentence_is_drawn_at_the_bottom_and_with_them_off_the_picture_is_untouched()
    {
        var grey = studio.FileOf("grey.png");
        await studio.Runner.RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=0x808080:size=640x360", "-frames:v", "1", grey]), CancellationToken.None);
        string asset;
        await using (var content = File.OpenRead(grey))
        {
            asset = (await studio.Services.GetRequiredService<AssetLibrary>().AddAsync("grey.png", content, CancellationToken.None)).Asset.Id;
        }
        var spec = CompositionStudio.Spec(640, 360, [CompositionStudio.Scene(1, "Grey skies over the quiet harbour today.", asset)]);

        var (on, onOutputs) = await studio.ComposeAsync(spec);
        var (off, offOutputs) = await studio.ComposeAsync(spec with { Captions = false });

        Assert.True(on.State == JobState.Succeeded, on.ErrorMessage);
        Assert.True(off.State == JobState.Succeeded, off.ErrorMessage);
        var cue = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(onOutputs, "plan.json"))).RootElement.GetProperty("cues")[0];
        var middle = (cue.GetProperty("startSeconds").GetDouble() + cue.GetProperty("endSeconds").GetDouble()) / 2;

        var (captionedMin, captionedMax) = await LowerThirdLumaAsync(Path.Combine(onOutputs, "episode.mp4"), middle);
        var (plainMin, plainMax) = await LowerThirdLumaAsync(Path.Combine(offOutputs, "episode.mp4"), middle);
        Assert.True(captionedMax > 200 && captionedMin < 80, $"no bright text on a dark box: Y {captionedMin}..{captionedMax}");
        Assert.True(plainMax < 150 && plainMin > 100, $"the plain picture is not plain grey: Y {plainMin}..{plainMax}");
    }

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
