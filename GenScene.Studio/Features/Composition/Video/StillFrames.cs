using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>A still already fitted to the size a scene shows it at, as one raw yuv420p frame.</summary>
public sealed record PreparedStill(string Path, int Width, int Height);

/// <summary>
/// Fits a large still (a 12-megapixel photo) to its scene's picture once, instead of in every piece
/// that shows it: its body and both transitions each decoded and scaled the original, ~0.1 s a time.
/// The fitted frame is kept in the segment cache (keyed by the asset's content, the fit and the size),
/// so a recomposition reads it too.
/// </summary>
public sealed class StillFrames(SegmentCache cache, ProcessRunner runner, StudioTools tools)
{
    /// <summary>Only a still larger than its picture is worth it: a smaller one is as cheap to read as the raw frame.</summary>
    public static bool Worthwhile(SceneVisual visual, int width, int height) =>
        visual is { Kind: VisualKind.Still, Media: { } media } && (long)media.Width * media.Height > (long)width * height;

    public async Task<PreparedStill> PrepareAsync(SceneVisual visual, int width, int height, CancellationToken cancellationToken)
    {
        var key = SegmentCache.Key(new { piece = "still", asset = visual.Media!.Fingerprint, visual.Fit, width, height, colors = string.Join(' ', VideoEncoder.Colors) });
        if (!cache.TryGet(key, out var path, ".yuv"))
        {
            var temporary = cache.NewTemporaryPath(".yuv");
            try
            {
                var graph = SceneSource.FittedStill(visual, width, height);
                await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
                [
                    .. FfmpegArguments.Quiet, "-loglevel", "error", .. graph.Inputs, "-filter_complex", graph.Graph, "-map", graph.Output,
                    "-frames:v", "1", "-pix_fmt", "yuv420p", "-f", "rawvideo", FfmpegArguments.File(temporary),
                ]) { Timeout = TimeSpan.FromMinutes(5) }, cancellationToken).ConfigureAwait(false);
                path = cache.Commit(key, temporary, ".yuv");
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        return new PreparedStill(path, width, height);
    }
}
