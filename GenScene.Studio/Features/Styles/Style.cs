using GenScene.Studio.Data.Versioning;

namespace GenScene.Studio.Features.Styles;

/// <summary>A visual style: what it is called and shows, its palette, its caption look and its <see cref="StyleLook"/>.</summary>
public sealed class Style : IVersioned
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Category { get; set; }
    public required string Description { get; set; }
    /// <summary>"#rrggbb" colours, comma-separated.</summary>
    public required string Palette { get; set; }
    /// <summary>Comma-separated.</summary>
    public required string Keywords { get; set; }
    public required string DemoScene { get; set; }
    /// <summary>A DejaVu font file name in /usr/share/fonts/truetype/dejavu.</summary>
    public required string CaptionFont { get; set; }
    public required string CaptionColor { get; set; }
    public required string CaptionOutline { get; set; }
    public required string DefaultTransition { get; set; }
    /// <summary>The <see cref="StyleLook"/> as JSON.</summary>
    public required string Look { get; set; }
    /// <summary>Rises whenever <see cref="Look"/> changes; previews and rendered segments are keyed by it (ADR 0007, 0017).</summary>
    public int LookVersion { get; set; } = 1;
    /// <summary>Rises on every saved edit, whatever changed: the ETag and the edit pages' check (ADR 0017).</summary>
    public int Version { get; set; } = 1;
    public string? UpdatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<string> PaletteColors => Split(Palette);
    public IReadOnlyList<string> KeywordList => Split(Keywords);
    public StyleLook ParsedLook() => StyleLook.FromJson(Look);

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
