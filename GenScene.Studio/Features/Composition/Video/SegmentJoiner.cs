using System.Globalization;
using System.Text;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>A file of whole segments to join, and its length in frames.</summary>
public sealed record JoinEntry(string Path, int Frames);

/// <summary>Joins segments (or already joined runs of them) by stream copy with ffmpeg's concat demuxer.</summary>
public sealed class SegmentJoiner(ProcessRunner runner, StudioTools tools)
{
    public async Task JoinAsync(IReadOnlyList<JoinEntry> entries, int fps, string outputPath, CancellationToken cancellationToken)
    {
        var input = await InputAsync(entries, fps, Path.ChangeExtension(outputPath, ".txt"), cancellationToken).ConfigureAwait(false);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", .. input,
            "-map", "0:v", "-c", "copy", "-f", "mp4", FfmpegArguments.File(outputPath),
        ]) { Timeout = TimeSpan.FromMinutes(10) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The -i arguments that read <paramref name="entries"/> as one stream (a plain input for a single
    /// whole file), the concat list written to <paramref name="listPath"/>. The demuxer already opens
    /// and probes every file it reads; ffmpeg's own probe of the joined stream (-nofind_stream_info
    /// leaves it out) decoded the first frames again for nothing: the output is byte for byte the same.
    /// </summary>
    public static async Task<string[]> InputAsync(IReadOnlyList<JoinEntry> entries, int fps, string listPath, CancellationToken cancellationToken)
    {
        if (entries is [{ } whole])
        {
            return ["-i", FfmpegArguments.File(whole.Path)];
        }
        await File.WriteAllTextAsync(listPath, List(entries, fps), cancellationToken).ConfigureAwait(false);
        return ["-nofind_stream_info", "-f", "concat", "-safe", "0", "-i", FfmpegArguments.File(listPath)];
    }

    /// <summary>
    /// The concat demuxer's list, with each entry's exact duration written in: left to itself the
    /// demuxer takes an MP4's duration in milliseconds, and the rounding shifts every later frame.
    /// </summary>
    internal static string List(IReadOnlyList<JoinEntry> entries, int fps)
    {
        var text = new StringBuilder();
        foreach (var (path, frames) in entries)
        {
            text.Append("file '").Append(("file:" + path).Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n")
                .Append("duration ").Append(((double)frames / fps).ToString("0.#########", CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }
}
