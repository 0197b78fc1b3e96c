using System.Globalization;
using System.Text.Json;

namespace GenScene.Studio.Features.Composition.Output;

public sealed record VideoStreamInfo(string Codec, string? Profile, int Level, string? PixelFormat, int Width, int Height, double FrameRate, double DurationSeconds);

public sealed record AudioTrackInfo(string Codec, int SampleRate, int Channels, double DurationSeconds);

/// <summary>What ffprobe says about a media file's first video and audio streams.</summary>
public sealed record MediaInfo(string? Container, double DurationSeconds, VideoStreamInfo? Video, AudioTrackInfo? Audio)
{
    /// <summary>Reads "ffprobe -print_format json -show_streams -show_format" output.</summary>
    public static MediaInfo Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().ToList() : [];
        var format = root.TryGetProperty("format", out var f) ? f : default;
        var formatDuration = format.ValueKind == JsonValueKind.Object ? Number(format, "duration") : null;

        var video = streams.FirstOrDefault(x => Text(x, "codec_type") == "video" && !IsAttachedPicture(x));
        var audio = streams.FirstOrDefault(x => Text(x, "codec_type") == "audio");
        return new MediaInfo(
            format.ValueKind == JsonValueKind.Object ? Text(format, "format_name") : null,
            formatDuration ?? 0,
            video.ValueKind != JsonValueKind.Object ? null : new VideoStreamInfo(
                Text(video, "codec_name") ?? "unknown", Text(video, "profile"), (int)(Number(video, "level") ?? 0), Text(video, "pix_fmt"),
                (int)(Number(video, "width") ?? 0), (int)(Number(video, "height") ?? 0), Rate(Text(video, "r_frame_rate") ?? Text(video, "avg_frame_rate")),
                Number(video, "duration") ?? formatDuration ?? 0),
            audio.ValueKind != JsonValueKind.Object ? null : new AudioTrackInfo(
                Text(audio, "codec_name") ?? "unknown", (int)(Number(audio, "sample_rate") ?? 0), (int)(Number(audio, "channels") ?? 0),
                Number(audio, "duration") ?? formatDuration ?? 0));
    }

    private static double Rate(string? fraction)
    {
        if (fraction is null) { return 0; }
        var parts = fraction.Split('/');
        var numerator = double.Parse(parts[0], CultureInfo.InvariantCulture);
        var denominator = parts.Length > 1 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
        return denominator == 0 ? 0 : numerator / denominator;
    }

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var d) && d.TryGetProperty("attached_pic", out var flag)
        && flag.ValueKind == JsonValueKind.Number && flag.GetInt32() == 1;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) { return null; }
        if (value.ValueKind == JsonValueKind.Number) { return value.GetDouble(); }
        return value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
    }
}
