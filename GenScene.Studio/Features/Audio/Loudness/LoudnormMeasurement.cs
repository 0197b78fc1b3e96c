using System.Globalization;
using System.Text.Json;

namespace GenScene.Studio.Features.Audio.Loudness;

/// <summary>
/// What loudnorm reports with print_format=json: the input's figures (fed back into the second
/// pass) and which mode it used ("linear" keeps the dynamics; "dynamic" means it had to compress).
/// </summary>
public sealed record LoudnormMeasurement(
    double InputIntegrated,
    double InputTruePeak,
    double InputLoudnessRange,
    double InputThreshold,
    double TargetOffset,
    string NormalizationType)
{
    public bool IsLinear => NormalizationType == "linear";

    /// <summary>Takes the last JSON object in loudnorm's stderr (it follows a "[Parsed_loudnorm_0 @ ...]" line).</summary>
    public static LoudnormMeasurement Parse(string stderr)
    {
        var end = stderr.LastIndexOf('}');
        var start = end < 0 ? -1 : stderr.LastIndexOf('{', end);
        if (start < 0)
        {
            throw new FormatException("ffmpeg's output holds no loudnorm JSON report.");
        }
        using var document = JsonDocument.Parse(stderr.AsMemory(start, end - start + 1));
        var root = document.RootElement;
        return new LoudnormMeasurement(
            Number(root, "input_i"),
            Number(root, "input_tp"),
            Number(root, "input_lra"),
            Number(root, "input_thresh"),
            Number(root, "target_offset"),
            root.TryGetProperty("normalization_type", out var type) ? type.GetString() ?? "" : "");
    }

    /// <summary>loudnorm writes every figure as a string, and "-inf"/"inf" for silence.</summary>
    private static double Number(JsonElement root, string name)
    {
        var text = root.TryGetProperty(name, out var value) ? value.GetString() : null;
        return text switch
        {
            null => throw new FormatException($"loudnorm's report has no '{name}'."),
            "-inf" => double.NegativeInfinity,
            "inf" => double.PositiveInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }
}
