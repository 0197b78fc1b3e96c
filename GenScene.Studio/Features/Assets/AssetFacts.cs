using GenScene.Studio.Components.Shared;
using GenScene.Studio.Infrastructure.Localization;

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
            parts.Add(Texts<AssetsText>.Get("Silent"));
        }
        return string.Join(" · ", parts);
    }

    /// <summary>The kind as stored and as pages mark it for programs (data-kind); people read Kind_{kind} from AssetsText.</summary>
    public static string Label(AssetKind kind) => kind.ToString().ToLowerInvariant();
}
