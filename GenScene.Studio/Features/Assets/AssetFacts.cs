using System.Globalization;

namespace GenScene.Studio.Features.Assets;

/// <summary>An asset's figures as the pages show them: "1.2 MB", "1920×1080 · 12.5 s".</summary>
public static class AssetFacts
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    public static string Shape(Asset asset)
    {
        var parts = new List<string>();
        if (asset is { Width: { } w, Height: { } h })
        {
            parts.Add($"{w}×{h}");
        }
        if (asset.DurationSeconds is { } seconds)
        {
            parts.Add(Duration(seconds));
        }
        if (asset is { Kind: AssetKind.Video, HasAudio: false })
        {
            parts.Add("silent");
        }
        return string.Join(" · ", parts);
    }

    public static string Duration(double seconds) => seconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s")
        : TimeSpan.FromSeconds(Math.Round(seconds)).ToString(seconds < 3600 ? @"m\:ss" : @"h\:mm\:ss", CultureInfo.InvariantCulture);

    public static string Label(AssetKind kind) => kind.ToString().ToLowerInvariant();
}
