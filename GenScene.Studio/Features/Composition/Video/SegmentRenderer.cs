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

    public Task RenderAsync(VideoGraph graph, FrameFormat format, int frames, string outputPath, Action<double> onFraction, CancellationToken cancellationToken) =>
        EncodeAsync(graph, format, frames, outputPath, VideoEncoder.Arguments(options.Value, format), onFraction, cancellationToken);

    /// <summary>
    /// The two frames a held picture is made of (<see cref="Mp4.FrozenPiece"/>): the picture, then one that changes
    /// nothing. False when the second frame would change the picture after all (decoded and compared) or its headers
    /// are not of a kind the copies can be numbered in: then the piece is encoded whole.
    /// </summary>
    public async Task<bool> RenderHeldTemplateAsync(VideoGraph graph, FrameFormat format, string templatePath, CancellationToken cancellationToken)
    {
        await EncodeAsync(graph, format, 2, templatePath, VideoEncoder.HeldStillArguments(options.Value, format), _ => { }, cancellationToken).ConfigureAwait(false);
        return Mp4.FrozenPiece.Check(Mp4.Mp4Segment.Read(templatePath)) is null && await ChangesNothingAsync(templatePath, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A held picture <paramref name="frames"/> long from its template; false, with nothing written, when the copies cannot be numbered.</summary>
    public static async Task<bool> HoldAsync(string templatePath, int frames, string outputPath, CancellationToken cancellationToken)
    {
        try
        {
            await Mp4.FrozenPiece.WriteAsync(templatePath, frames, outputPath, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (InvalidDataException)
        {
            File.Delete(outputPath);
            return false;
        }
    }

    /// <summary>Whether the template's second frame decodes to exactly its first (framemd5).</summary>
    private async Task<bool> ChangesNothingAsync(string templatePath, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
            [.. FfmpegArguments.Quiet, "-loglevel", "error", "-i", FfmpegArguments.File(templatePath), "-map", "0:v:0", "-f", "framemd5", "-"]) { Timeout = Timeout },
            cancellationToken).ConfigureAwait(false);
        var hashes = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#')).Select(line => line[(line.LastIndexOf(',') + 1)..].Trim()).ToList();
        return hashes.Count == 2 && hashes[0] == hashes[1];
    }

    private async Task EncodeAsync(VideoGraph graph, FrameFormat format, int frames, string outputPath, string[] encoder, Action<double> onFraction, CancellationToken cancellationToken)
    {
        var progress = new FfmpegProgress(TimeSpan.FromSeconds((double)frames / format.Fps), onFraction);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, .. FfmpegArguments.ProgressOnStdout, "-loglevel", "error",
            .. graph.Inputs, "-filter_complex", graph.Graph, "-map", graph.Output,
            .. encoder, "-frames:v", frames.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-f", "mp4", FfmpegArguments.File(outputPath),
        ])
        {
            Timeout = Timeout,
            CaptureOutput = false,
            OnOutputLine = progress.OnLine,
        }, cancellationToken).ConfigureAwait(false);
    }
}
