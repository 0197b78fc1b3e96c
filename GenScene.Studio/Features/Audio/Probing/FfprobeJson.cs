using System.Globalization;
using System.Text.Json;

namespace GenScene.Studio.Features.Audio.Probing;

/// <summary>Reads the output of "ffprobe -print_format json -show_streams -show_format".</summary>
public static class FfprobeJson
{
    public static AudioProbeResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().ToList() : [];
        var format = root.TryGetProperty("format", out var f) ? f : default;

        var audio = streams.FirstOrDefault(stream => Text(stream, "codec_type") == "audio");
        var audioInfo = audio.ValueKind == JsonValueKind.Object
            ? new AudioStreamInfo(Text(audio, "codec_name") ?? "unknown", (int)(Number(audio, "sample_rate") ?? 0), (int)(Number(audio, "channels") ?? 0))
            : null;
        return new AudioProbeResult
        {
            IsMedia = true,
            Container = format.ValueKind == JsonValueKind.Object ? Text(format, "format_name") : null,
            AudioStream = audioInfo,
            HasVideo = streams.Any(stream => Text(stream, "codec_type") == "video" && !IsAttachedPicture(stream)),
            // Containers such as Matroska carry the duration only in the format section; raw streams only per stream.
            DurationSeconds = (format.ValueKind == JsonValueKind.Object ? Number(format, "duration") : null)
                ?? (audioInfo is null ? null : Number(audio, "duration"))
                ?? 0,
        };
    }

    private static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var disposition)
        && disposition.TryGetProperty("attached_pic", out var flag)
        && flag.ValueKind == JsonValueKind.Number && flag.GetInt32() == 1;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>ffprobe writes most numbers as strings ("48000", "7.246077") and a few as numbers (channels).</summary>
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
