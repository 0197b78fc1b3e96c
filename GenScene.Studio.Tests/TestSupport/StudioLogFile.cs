using System.Text.Json;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// The studio's JSON log files (data/logs/studio-YYYYMMDD.json), one compact Serilog event (CLEF) a line:
/// "@t" time, "@mt" message template, "@l" level (absent for Information), "@x" exception, "@tr" trace
/// id, and each property (SourceContext, JobId, RequestPath...) at the top level.
/// </summary>
public static class StudioLogFile
{
    public static IReadOnlyList<JsonElement> Read(string dataDirectory) =>
        [.. Directory.GetFiles(Path.Combine(dataDirectory, "logs"), "studio-*.json")
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public static string Template(this JsonElement line) => line.GetProperty("@mt").GetString()!;

    public static string Level(this JsonElement line) => line.TryGetProperty("@l", out var level) ? level.GetString()! : "Information";

    public static string? Text(this JsonElement line, string property) =>
        line.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
