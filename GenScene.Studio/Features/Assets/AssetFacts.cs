using GenScene.Studio.Components.Shared;

namespace GenScene.Studio.Features.Assets;

/// <summary>An asset's figures as the pages show them: "1.2 MB", "1920×1080 · 12.5 s".</summary>
public static class AssetFacts
{
    /// <summary>Kept for the asset pages that call it; the rule lives in <see cref="Figures.Size"/>.</summary>
    public static string Size(long bytes) => Figures.Size(bytes);

    public static string Shape(Asset asset)
    {
        var parts = new List<string>();
        if (asset is { Width: { } w, Height: { } h })
        {
            parts.Add($"{w}×{h}");
        }
        if (asset.DurationSeconds is { } seconds)
        {
            parts.Add(Figures.Duration(seconds));
        }
        if (asset is { Kind: AssetKind.Video, HasAudio: false })
        {
            parts.Add("silent");
        }
        return string.Join(" · ", parts);
    }

    public static string Label(AssetKind kind) => kind.ToString().ToLowerInvariant();
}
