using GenScene.Studio.Infrastructure.Localization;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Assets;

/// <summary>
/// Decides from ffprobe's report alone whether a file is one of the accepted formats; the uploaded
/// name may only agree with that finding (a picture named .mp4 is refused), never decide it.
/// </summary>
public static class MediaClassifier
{
    private static readonly HashSet<string> VideoCodecs = ["h264", "hevc", "vp8", "vp9", "av1", "mpeg4", "prores"];
    private static readonly HashSet<string> WebMVideoCodecs = ["vp8", "vp9", "av1"];

    public static DetectedMedia Classify(FfprobeReport report, string fileName)
    {
        var media = Detect(report);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension.Length > 0 && !media.Format.Extensions.Contains(extension))
        {
            throw Unsupported(Texts<AssetsText>.Format("ExtensionMismatch", media.Format.Description, extension, media.Format.Extension));
        }
        return media;
    }

    public static DetectedMedia Detect(FfprobeReport report)
    {
        var picture = report.Streams.FirstOrDefault(s => s.IsVideo);
        var sound = report.Streams.FirstOrDefault(s => s.IsAudio);
        return report.FormatName switch
        {
            "png_pipe" => Image(MediaFormat.Png, picture),
            "jpeg_pipe" => Image(MediaFormat.Jpeg, picture),
            "webp_pipe" => Image(MediaFormat.WebP, picture),
            "mov,mp4,m4a,3gp,3g2,mj2" => Video(report.MajorBrand == "qt" ? MediaFormat.Mov : MediaFormat.Mp4, report, picture, sound, VideoCodecs),
            "matroska,webm" => Video(MediaFormat.WebM, report, picture, sound, WebMVideoCodecs),
            "wav" => Audio(MediaFormat.Wav, report, picture, sound),
            "mp3" => Audio(MediaFormat.Mp3, report, picture, sound),
            "ogg" => Audio(MediaFormat.Ogg, report, picture, sound),
            _ => throw Unsupported(MediaFormat.Unreadable(null)),
        };
    }

    private static DetectedMedia Image(MediaFormat format, FfprobeStreamInfo? picture) =>
        picture is { Width: > 0, Height: > 0 }
            ? new DetectedMedia(format, picture.Width, picture.Height, null, HasAudio: false)
            : throw Unsupported(Texts<AssetsText>.Format("NoPicture", format.Name));

    private static DetectedMedia Video(MediaFormat format, FfprobeReport report, FfprobeStreamInfo? picture, FfprobeStreamInfo? sound, HashSet<string> codecs)
    {
        if (picture is null)
        {
            throw Unsupported(Texts<AssetsText>.Format(sound is null ? "NoVideo" : "NoVideoSoundOnly", format.Name));
        }
        if (picture.CodecName is not { } codec || !codecs.Contains(codec))
        {
            throw Unsupported(Texts<AssetsText>.Format("VideoCodec", format.Name, picture.CodecName, string.Join(", ", codecs.Order())));
        }
        if (picture is not { Width: > 0, Height: > 0 })
        {
            throw Unsupported(Texts<AssetsText>.Format("VideoNoSize", format.Name));
        }
        return new DetectedMedia(format, picture.Width, picture.Height, Duration(report, picture, format), sound is not null);
    }

    private static DetectedMedia Audio(MediaFormat format, FfprobeReport report, FfprobeStreamInfo? picture, FfprobeStreamInfo? sound)
    {
        if (sound is null)
        {
            throw Unsupported(Texts<AssetsText>.Format("NoSound", format.Name));
        }
        if (picture is not null)
        {
            throw Unsupported(Texts<AssetsText>.Format("HoldsVideo", format.Name));
        }
        return new DetectedMedia(format, null, null, Duration(report, sound, format), HasAudio: true);
    }

    /// <summary>Containers such as Matroska carry the duration only in the format section; raw streams only per stream.</summary>
    private static double Duration(FfprobeReport report, FfprobeStreamInfo stream, MediaFormat format) =>
        (report.FormatDurationSeconds ?? stream.DurationSeconds) is > 0 and var seconds
            ? seconds
            : throw Unsupported(Texts<AssetsText>.Format("NoLength", format.Name));

    private static AssetRejectedException Unsupported(string message) => new(StatusCodes.Status415UnsupportedMediaType, message);
}
