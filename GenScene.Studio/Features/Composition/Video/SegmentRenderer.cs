using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Progress;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>A filter graph ready to run: its -i arguments, the graph and the pad to encode.</summary>
public sealed record VideoGraph(IReadOnlyList<string> Inputs, string Graph, string Output);

/// <summary>Encodes one video-only segment from a graph with the shared encoder settings, exactly <c>frames</c> long.</summary>
public sealed class SegmentRenderer(ProcessRunner runner, StudioTools tools, IOptions<CompositionOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public async Task RenderAsync(VideoGraph graph, FrameFormat format, int frames, string outputPath, Action<double> onFraction, CancellationToken cancellationToken)
    {
        var progress = new FfmpegProgress(TimeSpan.FromSeconds((double)frames / format.Fps), onFraction);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, .. FfmpegArguments.ProgressOnStdout, "-loglevel", "error",
            .. graph.Inputs, "-filter_complex", graph.Graph, "-map", graph.Output,
            .. VideoEncoder.Arguments(options.Value, format), "-frames:v", frames.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-f", "mp4", FfmpegArguments.File(outputPath),
        ])
        {
            Timeout = Timeout,
            CaptureOutput = false,
            OnOutputLine = progress.OnLine,
        }, cancellationToken).ConfigureAwait(false);
    }
}
