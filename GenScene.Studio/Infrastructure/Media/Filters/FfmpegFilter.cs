using System.Globalization;

namespace GenScene.Studio.Infrastructure.Media.Filters;

/// <summary>
/// One ffmpeg filter with its options, formatted with the invariant culture. Only the factories in
/// <see cref="AudioFilters"/> create these, from typed values, so no caller's text reaches a graph.
/// </summary>
public sealed record FfmpegFilter
{
    private readonly KeyValuePair<string, string>[] _options;

    internal FfmpegFilter(string name, params KeyValuePair<string, string>[] options)
    {
        Name = name;
        _options = options;
    }

    public string Name { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Options => _options;

    public override string ToString() =>
        _options.Length == 0 ? Name : $"{Name}={string.Join(':', _options.Select(o => $"{o.Key}={o.Value}"))}";

    internal static KeyValuePair<string, string> Option(string key, double value) =>
        new(key, Number(value));

    internal static KeyValuePair<string, string> Option(string key, string token) => new(key, token);

    /// <summary>The studio's own paths only; a quote or backslash would end the quoted value, so refuse them.</summary>
    internal static string Quoted(string path) =>
        path.Contains('\'', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal)
            ? throw new ArgumentException("A path used inside a filter graph cannot contain quotes or backslashes.", nameof(path))
            : $"'{path}'";

    /// <summary>"#rrggbb" as ffmpeg's 0xRRGGBB, refusing anything else so no stored text reaches a graph.</summary>
    internal static string Color(string hex) =>
        hex is ['#', .. var digits] && digits.Length == 6 && digits.All(char.IsAsciiHexDigit)
            ? "0x" + digits.ToUpperInvariant()
            : throw new ArgumentException($"'{hex}' is not a #rrggbb colour.", nameof(hex));

    /// <summary>Up to six decimals, never exponent notation or a comma, which ffmpeg would misread.</summary>
    internal static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "ffmpeg filter options must be finite numbers.");
        }
        return value.ToString("0.######", CultureInfo.InvariantCulture);
    }
}
