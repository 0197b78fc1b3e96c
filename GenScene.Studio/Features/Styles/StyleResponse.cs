namespace GenScene.Studio.Features.Styles;

public sealed record CaptionLook(string Font, string Color, string Outline);

/// <summary>A style as the API shows it. previewUrl carries the version, so a changed look is a new URL.</summary>
public sealed record StyleResponse(
    string Id, string Name, string Category, string Description, IReadOnlyList<string> Palette, IReadOnlyList<string> Keywords,
    string DemoScene, string PreviewUrl, string BeforeUrl, int Version, CaptionLook Caption, string DefaultTransition, StyleLook Look)
{
    public static StyleResponse From(Style s) => new(
        s.Id, s.Name, s.Category, s.Description, s.PaletteColors, s.KeywordList, s.DemoScene,
        UrlOf(s, PreviewVariant.After), UrlOf(s, PreviewVariant.Before), s.Version,
        new CaptionLook(s.CaptionFont, s.CaptionColor, s.CaptionOutline), s.DefaultTransition, s.ParsedLook());

    public static string UrlOf(Style s, PreviewVariant variant) =>
        $"/api/styles/{s.Id}/preview?v={StylePreviews.KeyOf(s)}" + (variant == PreviewVariant.Before ? "&variant=before" : "");
}

public sealed record StyleCategoryResponse(string Id, string Name, int Count);

/// <summary>One entry of the previews overview: where a style's previews are and whether they are rendered.</summary>
public sealed record StylePreviewResponse(string Id, string Name, string Category, int Version, string PreviewUrl, string BeforeUrl, bool Cached);
