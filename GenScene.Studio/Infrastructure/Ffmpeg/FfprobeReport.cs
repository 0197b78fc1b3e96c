using System.Globalization;
using System.Text.Json;

namespace GenScene.Studio.Infrastructure.Ffmpeg;

/// <summary>One stream as ffprobe decoded its header; profile, level, pixel format and frame rate are what output checks read.</summary>
public sealed record FfprobeStreamInfo(string CodecType, string? CodecName, int? Width, int? Height, int? SampleRate, int? Channels, double? DurationSeconds, bool IsAttachedPicture,
    string? Profile = null, int? Level = null, string? PixelFormat = null, double? FrameRate = null)
{
    /// <summary>Real moving pictures or a still image; the cover art inside an MP3 or M4A is neither.</summary>
    public bool IsVideo => CodecType == "video" && !IsAttachedPicture;

    public bool IsAudio => CodecType == "audio";
}

/// <summary>
/// The output of "ffprobe -print_format json -show_streams -show_format", reduced to what the studio
/// judges files by. Audio probing and asset checking read the same JSON through this one parser.
/// </summary>
public sealed record FfprobeReport(string? FormatName, double? FormatDurationSeconds, string? MajorBrand, IReadOnlyList<FfprobeStreamInfo> Streams)
{
    public static FfprobeReport Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(ParseStream).ToList()
            : [];
        var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.Object ? f : default;
        var hasFormat = format.ValueKind == JsonValueKind.Object;
        var tags = hasFormat && format.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
        return new FfprobeReport(
            hasFormat ? Text(format, "format_name") : null,
            hasFormat ? Number(format, "duration") : null,
            tags.ValueKind == JsonValueKind.Object ? Text(tags, "major_brand")?.Trim() : null,
            streams);
    }

    private static FfprobeStreamInfo ParseStream(JsonElement stream) => new(
        Text(stream, "codec_type") ?? "unknown",
        Text(stream, "codec_name"),
        (int?)Number(stream, "width"),
        (int?)Number(stream, "height"),
        (int?)Number(stream, "sample_rate"),
        (int?)Number(stream, "channels"),
        Number(stream, "duration"),
        IsAttachedPicture(stream),
        Text(stream, "profile"),
        (int?)Number(stream, "level"),
        Text(stream, "pix_fmt"),
        Rate(Text(stream, "r_frame_rate") ?? Text(stream, "avg_frame_rate")));

    /// <summary>"30000/1001" → 29.97; "0/0" (no rate) → null.</summary>
    private static double? Rate(string? fraction)
    {
        if (fraction is null)
        {
            return null;
        }
        var parts = fraction.Split('/');
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var numerator))
        {
            return null;
        }
        var denominator = parts.Length > 1 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 1;
        return denominator == 0 ? null : numerator / denominator;
    }

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var disposition)
        && disposition.TryGetProperty("attached_pic", out var flag)
        && flag.ValueKind == JsonValueKind.Number && flag.GetInt32() == 1;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>ffprobe writes most numbers as strings ("48000", "7.246077") and a few as numbers (channels, width).</summary>
    private static double? Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }
        return value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number) ? number : null;
    }
}
