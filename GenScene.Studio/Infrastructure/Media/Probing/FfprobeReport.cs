using FFMpegCore;

namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>
/// One stream as ffprobe decoded its header; profile, level, pixel format, frame rate and colour tags are
/// what output checks read. Figures ffprobe did not give are null (FFMpegCore reads them as zero or NaN).
/// </summary>
public sealed record FfprobeStreamInfo(string CodecType, string? CodecName, int? Width, int? Height, int? SampleRate, int? Channels, double? DurationSeconds, bool IsAttachedPicture,
    string? Profile = null, int? Level = null, string? PixelFormat = null, double? FrameRate = null,
    string? ColorSpace = null, string? ColorPrimaries = null, string? ColorTransfer = null, string? ColorRange = null)
{
    /// <summary>Real moving pictures or a still image; the cover art inside an MP3 or M4A is neither.</summary>
    public bool IsVideo => CodecType == "video" && !IsAttachedPicture;

    public bool IsAudio => CodecType == "audio";

    /// <summary>A text track (an episode's soft captions are mov_text).</summary>
    public bool IsSubtitle => CodecType == "subtitle";
}

/// <summary>
/// What ffprobe found ("-show_streams -show_format", typed by FFMpegCore), reduced to what the studio judges
/// files by. Audio probing, asset checking and the episode's verification read the same report.
/// Durations come with millisecond precision (FFMpegCore asks ffprobe for h:mm:ss.ffffff and keeps the milliseconds).
/// </summary>
public sealed record FfprobeReport(string? FormatName, double? FormatDurationSeconds, string? MajorBrand, IReadOnlyList<FfprobeStreamInfo> Streams)
{
    /// <summary>Reads ffprobe's JSON as FFMpegCore does (durations in its sexagesimal form), for saved tool output.</summary>
    public static FfprobeReport Parse(string json) => From(FFProbe.FromJson(json));

    public static FfprobeReport From(IMediaAnalysis analysis)
    {
        // Both lists keep ffprobe's order, so "first video stream" means the same as in ffprobe's output.
        var streams = analysis.VideoStreams.Select(Video).Concat(analysis.AudioStreams.Select(Audio)).Concat(analysis.SubtitleStreams.Select(Subtitle))
            .OrderBy(s => s.Index).Select(s => s.Info).ToList();
        return new FfprobeReport(
            analysis.Format.FormatName,
            Seconds(analysis.Format.Duration),
            analysis.Format.Tags?.GetValueOrDefault("major_brand")?.Trim(),
            streams);
    }

    private static (int Index, FfprobeStreamInfo Info) Video(VideoStream stream) => (stream.Index, new FfprobeStreamInfo(
        "video", stream.CodecName, Positive(stream.Width), Positive(stream.Height), null, null, Seconds(stream.Duration),
        stream.Disposition?.GetValueOrDefault("attached_pic") == true,
        stream.Profile, stream.Level, stream.PixelFormat,
        double.IsFinite(stream.AverageFrameRate) && stream.AverageFrameRate > 0 ? stream.AverageFrameRate : null,
        stream.ColorSpace, stream.ColorPrimaries, stream.ColorTransfer, stream.ColorRange));

    private static (int Index, FfprobeStreamInfo Info) Audio(AudioStream stream) => (stream.Index, new FfprobeStreamInfo(
        "audio", stream.CodecName, null, null, Positive(stream.SampleRateHz), Positive(stream.Channels), Seconds(stream.Duration), IsAttachedPicture: false,
        stream.Profile));

    private static (int Index, FfprobeStreamInfo Info) Subtitle(SubtitleStream stream) => (stream.Index, new FfprobeStreamInfo(
        "subtitle", stream.CodecName, null, null, null, null, Seconds(stream.Duration), IsAttachedPicture: false));

    private static double? Seconds(TimeSpan duration) => duration > TimeSpan.Zero ? duration.TotalSeconds : null;

    private static int? Positive(int? value) => value is > 0 ? value : null;
}
