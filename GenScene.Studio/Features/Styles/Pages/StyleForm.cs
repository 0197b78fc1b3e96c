namespace GenScene.Studio.Features.Styles.Pages;

/// <summary>The editor's working copy of a style: mutable for binding, turned into a <see cref="StyleRequest"/> to save.</summary>
public sealed class StyleForm
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = StyleSeeds.Categories[0].Id;
    public string Description { get; set; } = "";
    public List<string> Palette { get; set; } = ["#1f2833", "#45535e", "#c5a059", "#8a8f94", "#f2f2f2"];
    /// <summary>Comma-separated, as typed.</summary>
    public string Keywords { get; set; } = "";
    public string DemoScene { get; set; } = "";
    public string CaptionFont { get; set; } = StyleValidator.CaptionFonts[0];
    public string CaptionColor { get; set; } = "#ffffff";
    public string CaptionOutline { get; set; } = "#000000";
    public string DefaultTransition { get; set; } = Transitions.Crossfade;
    public StyleLook Look { get; set; } = StyleLook.Plain;

    public static StyleForm From(Style style) => new()
    {
        Id = style.Id, Name = style.Name, Category = style.Category, Description = style.Description, Palette = [.. style.PaletteColors],
        Keywords = string.Join(", ", style.KeywordList), DemoScene = style.DemoScene, CaptionFont = style.CaptionFont,
        CaptionColor = style.CaptionColor, CaptionOutline = style.CaptionOutline, DefaultTransition = style.DefaultTransition, Look = style.ParsedLook(),
    };

    /// <summary>A blank id on a new style is left out, so the catalog makes one from the name.</summary>
    public StyleRequest ToRequest() => new(
        string.IsNullOrWhiteSpace(Id) ? null : Id.Trim(), Name, Category, Description, [.. Palette],
        Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), DemoScene,
        new CaptionLook(CaptionFont, CaptionColor, CaptionOutline), DefaultTransition, Look);

    /// <summary>Sets one channel of the grade, starting from no grade.</summary>
    public void SetGrade(Func<ColorGrade, ColorGrade> change) => Look = Look with { Grade = change(Look.Grade ?? new ColorGrade()) };
}
