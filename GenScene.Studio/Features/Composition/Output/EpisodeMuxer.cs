using System.Globalization;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Features.Composition.Output;

/// <summary>
/// Joins the picture's segments and puts the finished AAC track beside them, all by stream copy in
/// one pass (nothing is encoded here), with the index first; and takes the thumbnail.
/// </summary>
public sealed class EpisodeMuxer(ProcessRunner runner, StudioTools tools)
{
    /// <summary>The concat list (when there is more than one file) goes to <paramref name="workDirectory"/>, not beside the output.</summary>
    public async Task MuxAsync(IReadOnlyList<JoinEntry> video, int fps, string audioPath, string outputPath, string workDirectory, CancellationToken cancellationToken)
    {
        var picture = await SegmentJoiner.InputAsync(video, fps, Path.Combine(workDirectory, "video.txt"), cancellationToken).ConfigureAwait(false);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", .. picture, "-nofind_stream_info", "-i", FfmpegArguments.File(audioPath),
            "-map", "0:v:0", "-map", "1:a:0", "-c", "copy",
            // The index first, so a browser starts playing before the whole file has arrived.
            "-movflags", "+faststart", "-f", "mp4", FfmpegArguments.File(outputPath),
        ]) { Timeout = TimeSpan.FromMinutes(30) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One frame from about a second in (or the middle of a shorter episode) as JPEG.</summary>
    public async Task ThumbnailAsync(string videoPath, double durationSeconds, string outputPath, CancellationToken cancellationToken) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", "-ss", Math.Min(1, durationSeconds / 2).ToString("0.###", CultureInfo.InvariantCulture),
            "-i", FfmpegArguments.File(videoPath), "-frames:v", "1", "-q:v", "3", "-f", "image2", "-c:v", "mjpeg", FfmpegArguments.File(outputPath),
        ]) { Timeout = TimeSpan.FromMinutes(2) }, cancellationToken).ConfigureAwait(false);
}
