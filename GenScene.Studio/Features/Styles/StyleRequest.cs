namespace GenScene.Studio.Features.Styles;

/// <summary>
/// A style as a client sends it to POST /api/styles (create) or PUT /api/styles/{id} (full edit), and
/// as the editor page saves it. Every field is nullable so a missing one is reported by name by
/// <see cref="StyleValidator"/> rather than lost in a binding failure.
/// </summary>
public sealed record StyleRequest(
    string? Id, string? Name, string? Category, string? Description, IReadOnlyList<string>? Palette, IReadOnlyList<string>? Keywords,
    string? DemoScene, CaptionLook? Caption, string? DefaultTransition, StyleLook? Look)
{
    public static StyleRequest From(Style s) => new(s.Id, s.Name, s.Category, s.Description, s.PaletteColors, s.KeywordList, s.DemoScene,
        new CaptionLook(s.CaptionFont, s.CaptionColor, s.CaptionOutline), s.DefaultTransition, s.ParsedLook());

    /// <summary>What a create leaves out: no keywords, white captions outlined in black, crossfades, no look.</summary>
    public StyleRequest WithCreateDefaults() => this with
    {
        Keywords = Keywords ?? [],
        Caption = Caption ?? new CaptionLook(StyleValidator.CaptionFonts[0], "#ffffff", "#000000"),
        DefaultTransition = DefaultTransition ?? Transitions.Crossfade,
        Look = Look ?? StyleLook.Plain,
    };

    /// <summary>Copies the fields (not the id, version or look) onto the stored style; call only once validated.</summary>
    internal void ApplyTo(Style style)
    {
        style.Name = Name!.Trim();
        style.Category = Category!;
        style.Description = Description!.Trim();
        style.Palette = string.Join(',', Palette!.Select(c => c.ToLowerInvariant()));
        style.Keywords = string.Join(',', Keywords!.Select(k => k.Trim()));
        style.DemoScene = DemoScene!.Trim();
        style.CaptionFont = Caption!.Font;
        style.CaptionColor = Caption.Color.ToLowerInvariant();
        style.CaptionOutline = Caption.Outline.ToLowerInvariant();
        style.DefaultTransition = DefaultTransition!;
    }
}
