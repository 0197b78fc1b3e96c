using System.Globalization;
using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Storage;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Composition.Output;

/// <summary>
/// Joins the picture's segments and puts the finished AAC track beside them, all by copying (nothing
/// is encoded here), with the index first; and takes the thumbnail.
/// </summary>
public sealed class EpisodeMuxer(ProcessRunner runner, StudioTools tools, SegmentCache segments, SegmentJoiner joiner)
{
    /// <summary>
    /// The picture's segments as one video-only file (when there is more than one segment, in <paramref name="workDirectory"/>, not
    /// beside the output). Apart from <see cref="MuxAsync"/> so that it runs while the soundtrack is still being encoded.
    /// </summary>
    public Task<string> JoinAsync(IReadOnlyList<JoinEntry> video, int fps, string workDirectory, CancellationToken cancellationToken) =>
        joiner.JoinAsync(video, fps, workDirectory, cancellationToken);

    /// <summary>
    /// The joined <paramref name="picture"/> and the soundtrack in one MP4.
    /// <paramref name="softCaptions"/> (an SRT and its language) becomes a mov_text track, off until the viewer turns it on.
    /// </summary>
    public async Task MuxAsync(string picture, string audioPath, string outputPath, CancellationToken cancellationToken, SoftCaptions? softCaptions = null)
    {
        string[] captionsInput = softCaptions is null ? [] : ["-i", FfmpegArguments.File(softCaptions.SrtPath)];
        string[] captions = softCaptions is null ? [] :
        [
            "-map", "2:s:0", "-c:s", "mov_text",
            "-metadata:s:s:0", $"language={softCaptions.Iso639}", "-metadata:s:s:0", "handler_name=Captions", "-disposition:s:0", "0",
        ];
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", "-i", FfmpegArguments.File(picture), "-nofind_stream_info", "-i", FfmpegArguments.File(audioPath),
            .. captionsInput, "-map", "0:v:0", "-map", "1:a:0", "-c", "copy", .. captions,
            // The index first, so a browser starts playing before the whole file has arrived.
            "-movflags", "+faststart", "-f", "mp4", FfmpegArguments.File(outputPath),
        ]) { Timeout = TimeSpan.FromMinutes(30) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The thumbnail: the poster frame as JPEG, taken from its segment, not from the finished episode, so
    /// it is made while the episode is muxed; and kept beside the segment, so a composition that reuses
    /// that segment copies it instead of decoding again.
    /// </summary>
    public async Task ThumbnailAsync(PosterFrame poster, int fps, string outputPath, CancellationToken cancellationToken)
    {
        var cached = segments.PosterPathOf(poster.SegmentKey, poster.Frame);
        if (!File.Exists(cached))
        {
            var temporary = Path.Combine(Path.GetDirectoryName(cached)!, $".tmp-{Guid.NewGuid():N}.jpg");
            try
            {
                await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
                [
                    // Half a frame early: -ss keeps the first frame at or after it, and frame n's time n/fps is not exact in decimals.
                    .. FfmpegArguments.Quiet, "-loglevel", "error", "-ss", Math.Max(0, (poster.Frame - 0.5) / fps).ToString("0.######", CultureInfo.InvariantCulture),
                    "-i", FfmpegArguments.File(poster.SegmentPath), "-frames:v", "1", "-q:v", "3", "-f", "image2", "-c:v", "mjpeg", FfmpegArguments.File(temporary),
                ]) { Timeout = TimeSpan.FromMinutes(2) }, cancellationToken).ConfigureAwait(false);
                File.Move(temporary, cached, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        FileLinks.LinkOrCopy(cached, outputPath);
    }
}

/// <summary>Captions for the MP4's text track: an SRT file, and the episode's language as MP4 stores it (ISO 639-2, "und" when unknown).</summary>
public sealed record SoftCaptions(string SrtPath, string Language)
{
    public string Iso639
    {
        get
        {
            try
            {
                return CultureInfo.GetCultureInfo(Language, predefinedOnly: true).ThreeLetterISOLanguageName is { Length: 3 } code && code != "ivl" ? code : "und";
            }
            catch (CultureNotFoundException)
            {
                return "und";
            }
        }
    }
}
