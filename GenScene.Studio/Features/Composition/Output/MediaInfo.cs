using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Composition.Output;

public sealed record VideoStreamInfo(string Codec, string? Profile, int Level, string? PixelFormat, int Width, int Height, double FrameRate, double DurationSeconds);

public sealed record AudioTrackInfo(string Codec, int SampleRate, int Channels, double DurationSeconds);

/// <summary>What ffprobe says about a media file's first video and audio streams, read through the studio's one ffprobe parser.</summary>
public sealed record MediaInfo(string? Container, double DurationSeconds, VideoStreamInfo? Video, AudioTrackInfo? Audio, IReadOnlyList<string>? SubtitleCodecs = null)
{
    public static MediaInfo From(FfprobeReport report)
    {
        var duration = report.FormatDurationSeconds;
        var video = report.Streams.FirstOrDefault(s => s.IsVideo);
        var audio = report.Streams.FirstOrDefault(s => s.IsAudio);
        return new MediaInfo(
            report.FormatName,
            duration ?? 0,
            video is null ? null : new VideoStreamInfo(
                video.CodecName ?? "unknown", video.Profile, video.Level ?? 0, video.PixelFormat,
                video.Width ?? 0, video.Height ?? 0, video.FrameRate ?? 0, video.DurationSeconds ?? duration ?? 0),
            audio is null ? null : new AudioTrackInfo(
                audio.CodecName ?? "unknown", audio.SampleRate ?? 0, audio.Channels ?? 0, audio.DurationSeconds ?? duration ?? 0),
            [.. report.Streams.Where(s => s.IsSubtitle).Select(s => s.CodecName ?? "unknown")]);
    }
}
