namespace GenScene.Studio.Features.Styles;

public sealed record CaptionLook(string Font, string Color, string Outline);

/// <summary>
/// A style as the API shows it. <c>version</c> rises on every edit (its ETag, ADR 0017); <c>lookVersion</c> only when the
/// look changes, and previewUrl carries it, so a changed look is a new URL (ADR 0007).
/// </summary>
public sealed record StyleResponse(
    string Id, string Name, string Category, string Description, IReadOnlyList<string> Palette, IReadOnlyList<string> Keywords,
    string DemoScene, string PreviewUrl, string BeforeUrl, int Version, int LookVersion, CaptionLook Caption, string DefaultTransition, StyleLook Look,
    DateTimeOffset UpdatedAt, string? UpdatedBy)
{
    public static StyleResponse From(Style s) => new(
        s.Id, s.Name, s.Category, s.Description, s.PaletteColors, s.KeywordList, s.DemoScene,
        UrlOf(s, PreviewVariant.After), UrlOf(s, PreviewVariant.Before), s.Version, s.LookVersion,
        new CaptionLook(s.CaptionFont, s.CaptionColor, s.CaptionOutline), s.DefaultTransition, s.ParsedLook(), s.UpdatedAt, s.UpdatedBy);

    public static string UrlOf(Style s, PreviewVariant variant) =>
        $"/api/styles/{s.Id}/preview?v={StylePreviews.KeyOf(s)}" + (variant == PreviewVariant.Before ? "&variant=before" : "");
}

public sealed record StyleCategoryResponse(string Id, string Name, int Count);

/// <summary>One entry of the previews overview: where a style's previews are and whether they are rendered.</summary>
public sealed record StylePreviewResponse(string Id, string Name, string Category, int LookVersion, string PreviewUrl, string BeforeUrl, bool Cached);
