using System.Globalization;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Features.Composition.Output;

/// <summary>
/// Puts the joined picture and the finished AAC track together by stream copy (nothing is encoded
/// here), with the index first; and takes the thumbnail.
/// </summary>
public sealed class EpisodeMuxer(ProcessRunner runner, StudioTools tools)
{
    public async Task MuxAsync(string videoPath, string audioPath, string outputPath, CancellationToken cancellationToken) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", "-i", FfmpegArguments.File(videoPath), "-i", FfmpegArguments.File(audioPath),
            "-map", "0:v:0", "-map", "1:a:0", "-c", "copy",
            // The index first, so a browser starts playing before the whole file has arrived.
            "-movflags", "+faststart", "-f", "mp4", FfmpegArguments.File(outputPath),
        ]) { Timeout = TimeSpan.FromMinutes(30) }, cancellationToken).ConfigureAwait(false);

    /// <summary>One frame from about a second in (or the middle of a shorter episode) as JPEG.</summary>
    public async Task ThumbnailAsync(string videoPath, double durationSeconds, string outputPath, CancellationToken cancellationToken) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", "-ss", Math.Min(1, durationSeconds / 2).ToString("0.###", CultureInfo.InvariantCulture),
            "-i", FfmpegArguments.File(videoPath), "-frames:v", "1", "-q:v", "3", "-f", "image2", "-c:v", "mjpeg", FfmpegArguments.File(outputPath),
        ]) { Timeout = TimeSpan.FromMinutes(2) }, cancellationToken).ConfigureAwait(false);
}
