using System.Globalization;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>
/// The one set of x264 settings every segment and transition piece is encoded with: the same
/// profile, level, GOP and time base is what lets them be joined by stream copy.
/// </summary>
public static class VideoEncoder
{
    /// <summary>Level 4.0 holds 1080p30 (and 1080x1920); above 30 fps 1080p needs 4.2.</summary>
    public static string Level(int fps) => fps > 30 ? "4.2" : "4.0";

    public static string[] Arguments(CompositionOptions options, FrameFormat format)
    {
        var fps = format.Fps.ToString(CultureInfo.InvariantCulture);
        return
        [
            "-c:v", "libx264", "-preset", options.Preset, "-profile:v", "high", "-level:v", Level(format.Fps),
            "-crf", options.Crf.ToString(CultureInfo.InvariantCulture), "-pix_fmt", "yuv420p",
            // A closed, fixed GOP starting every piece, no scene-cut keyframes: each piece joins cleanly.
            "-g", Gop(format.Fps).ToString(CultureInfo.InvariantCulture), "-keyint_min", fps, "-sc_threshold", "0", "-bf", "2",
            "-r", fps, "-video_track_timescale", (format.Fps * 1000).ToString(CultureInfo.InvariantCulture), "-an",
            .. Colors, .. ChromaSiting,
            "-threads", ThreadsPerSegment(options.Parallelism, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>
    /// The colours every piece is tagged with, whatever its source: ffmpeg 5.1 converts RGB stills and
    /// draws text, boxes and title cards with the BT.601 matrix, so that is the matrix written down
    /// (untagged, browsers read HD as BT.709 and shift saturated colours); sRGB/BT.709 primaries and
    /// transfer, limited range. Clips are converted to it (<see cref="VideoFilters"/>), so every piece's
    /// headers are the same and the studio's own joiner can join them (ADR 0013).
    /// </summary>
    public static readonly string[] Colors = ["-colorspace", "smpte170m", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv"];

    /// <summary>
    /// Where every piece says its chroma samples sit: "left", what H.264 assumes when nothing is written, so x264 writes
    /// nothing. Left to the frames, a piece from a JPEG (decoded with centred chroma) wrote "center" into its sequence
    /// header while a zoom over the same photo (zoompan makes new frames) or a PNG still wrote nothing; their headers
    /// differed and the episode fell back to ffmpeg's concat demuxer (docs/adr/0047-one-chroma-siting-for-every-piece.md).
    /// </summary>
    public static readonly string[] ChromaSiting = ["-chroma_sample_location", "left"];

    /// <summary>
    /// The cores shared out between the segments encoded at once. x264's own default (1.5 threads a
    /// core, per encoder) oversubscribes when segments already run in parallel: measured on 2 cores,
    /// a 1080p still segment cost ~10% more CPU, mostly in the kernel, for the same bytes.
    /// </summary>
    public static int ThreadsPerSegment(int parallelism, int cores) => Math.Max(1, cores / Math.Max(1, parallelism));

    /// <summary>
    /// A keyframe every 5 seconds (and at the start of every piece). Episodes are mostly stills, where
    /// a keyframe costs many times a predicted frame: against 2 s, a 1080p still segment came out half
    /// the size at the same CPU, and every copy of it (joins, mux, cache) reads half the bytes. Seeking
    /// lands within 5 s; x264's own default is 250 frames.
    /// </summary>
    public static int Gop(int fps) => fps * 5;

    /// <summary>
    /// How much more the rate control may spend on a held still's keyframe (<see cref="HeldStillArguments"/>; x264 zone
    /// "b=", about 5 QP lower). Encoding a long run of one picture, x264's macroblock tree gives its keyframe that much more
    /// quality, because every later frame predicts from it; a two-frame encode does not see the run. Measured on a noisy
    /// 1080p photograph: the keyframe of 150 frames and of two frames with this zone came out 1,391,489 and 1,391,498 bytes,
    /// both 33.60 dB PSNR (two frames without it: 29.0 dB); on a test pattern 49.5 and 49.9 dB. A lower CRF would do the
    /// same but changes the picture parameter set (its initial QP), and the piece would no longer join by copy.
    /// </summary>
    private const string HeldKeyframeBoost = "1.78";

    /// <summary>
    /// The two-frame template of a held still (<see cref="Mp4.FrozenPiece"/>): the shared settings (so it joins like any
    /// piece: zones are not in the H.264 headers), a keyframe as good as a long encode's, and a second
    /// frame at the coarsest quantiser, so that every macroblock of it is skipped and it changes nothing.
    /// </summary>
    public static string[] HeldStillArguments(CompositionOptions options, FrameFormat format)
    {
        return [.. Arguments(options, format), "-x264-params", $"zones=0,0,b={HeldKeyframeBoost}/1,1,q=51"];
    }

    /// <summary>Everything about the encoding that changes a segment's bytes: part of every cache key.</summary>
    public static object Identity(CompositionOptions options, FrameFormat format) =>
        new { options.Preset, options.Crf, level = Level(format.Fps), gop = Gop(format.Fps), format.Width, format.Height, format.Fps, colors = string.Join(' ', Colors), chroma = string.Join(' ', ChromaSiting) };
}
