using System.Diagnostics;
using System.Globalization;
using System.Text;
using GenScene.Studio.Features.Composition.Video.Mp4;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>A file of whole segments to join, and its length in frames.</summary>
public sealed record JoinEntry(string Path, int Frames);

/// <summary>
/// Joins the picture's segments into one video-only MP4 by copying their media data: by the studio's
/// own <see cref="Mp4Joiner"/> when they were encoded alike (always, for pieces the studio rendered),
/// else by ffmpeg's concat demuxer, which also copies but opens and decodes the start of every file.
/// </summary>
public sealed class SegmentJoiner(ProcessRunner runner, StudioTools tools, JobMetrics metrics, ILogger<SegmentJoiner> logger)
{
    /// <summary>The joined picture: the one file itself, or <c>video.mp4</c> in <paramref name="workDirectory"/>.</summary>
    public async Task<string> JoinAsync(IReadOnlyList<JoinEntry> entries, int fps, string workDirectory, CancellationToken cancellationToken)
    {
        if (entries is [{ } whole])
        {
            return whole.Path;
        }
        var started = Stopwatch.StartNew();
        var output = Path.Combine(workDirectory, "video.mp4");
        var (segments, reason) = await Task.Run(() => Read(entries), cancellationToken).ConfigureAwait(false);
        if (reason is null)
        {
            await Mp4Joiner.JoinAsync(segments, output, cancellationToken).ConfigureAwait(false);
            metrics.Record(ComposeEpisodeHandler.JobKind, "join", "copied", started.Elapsed);
            return output;
        }
        logger.LogWarning("Joining the segments with ffmpeg's concat demuxer: {Reason}", reason);
        var list = Path.Combine(workDirectory, "video.txt");
        await File.WriteAllTextAsync(list, List(entries, fps), cancellationToken).ConfigureAwait(false);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            // -nofind_stream_info: the demuxer probes every file it opens already; ffmpeg's probe of the joined stream decoded its first frames again for nothing.
            .. FfmpegArguments.Quiet, "-loglevel", "error", "-nofind_stream_info", "-f", "concat", "-safe", "0", "-i", FfmpegArguments.File(list),
            "-map", "0:v", "-c", "copy", "-f", "mp4", FfmpegArguments.File(output),
        ]) { Timeout = TimeSpan.FromMinutes(10) }, cancellationToken).ConfigureAwait(false);
        metrics.Record(ComposeEpisodeHandler.JobKind, "join", "concat-demuxer", started.Elapsed);
        return output;
    }

    /// <summary>The segments' headers, and null when the studio's joiner takes them, else why not (a file it cannot read, or pieces encoded unalike).</summary>
    private static (List<Mp4Segment> Segments, string? Reason) Read(IReadOnlyList<JoinEntry> entries)
    {
        try
        {
            var segments = entries.Select(e => Mp4Segment.Read(e.Path)).ToList();
            for (var i = 0; i < entries.Count; i++)
            {
                if (SampleTables.Read(segments[i].SampleTable).SampleCount != entries[i].Frames)
                {
                    return (segments, $"{Path.GetFileName(entries[i].Path)} does not hold the {entries[i].Frames} frames planned");
                }
            }
            return (segments, Mp4Joiner.Check(segments));
        }
        catch (InvalidDataException ex)
        {
            return ([], ex.Message);
        }
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
