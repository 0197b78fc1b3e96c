using GenScene.Studio.Infrastructure.Processes;
using static GenScene.Studio.Infrastructure.Media.Filters.FfmpegFilter;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Filters;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Audio.Waveforms;

/// <summary>Picture size of a waveform; bounded so a request cannot ask ffmpeg for a huge image.</summary>
public sealed record WaveformSize(int Width, int Height)
{
    public static WaveformSize Default { get; } = new(1200, 200);

    public bool IsValid => Width is >= 16 and <= 8192 && Height is >= 16 and <= 2048;
}

/// <summary>Draws a file's waveform as a transparent PNG with ffmpeg's showwavespic.</summary>
public sealed class WaveformRenderer(ProcessRunner runner, StudioTools tools)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public async Task<string> RenderAsync(string inputPath, string pngPath, WaveformSize size, WaveformColor color, CancellationToken cancellationToken)
    {
        if (!size.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A waveform is 16 to 8192 pixels wide and 16 to 2048 high.");
        }
        var graph = new FilterGraph();
        var picture = graph.Chain(FilterPad.AudioInput(0), Filter(size, color));
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-i", FfmpegArguments.File(inputPath),
            "-filter_complex", graph.ToString(), "-map", picture.ToString(), "-frames:v", "1", "-c:v", "png", "-f", "image2", FfmpegArguments.File(pngPath),
        ])
        {
            Timeout = Timeout,
        }, cancellationToken).ConfigureAwait(false);
        return pngPath;
    }

    /// <summary>
    /// Mixed to mono first so there is one clear shape however many channels the file has; the square
    /// root scale keeps quiet speech visible next to loud music.
    /// </summary>
    internal static FfmpegFilter[] Filter(WaveformSize size, WaveformColor color) =>
    [
        new("aformat", Option("channel_layouts", "mono")),
        new("showwavespic", Option("s", $"{size.Width}x{size.Height}"), Option("colors", color.ToFfmpeg()), Option("scale", "sqrt"), Option("filter", "peak")),
    ];
}
