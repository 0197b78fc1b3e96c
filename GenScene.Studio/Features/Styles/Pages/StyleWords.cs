using Microsoft.Extensions.Localization;

namespace GenScene.Studio.Features.Styles.Pages;

/// <summary>
/// The built-in styles' words are stored in English (seed data, ADR 0055) and shown translated: a name, description
/// or demo scene still as seeded reads from the resources ("Film Noir" is "Cine negro"); once an admin has changed
/// it, it is their text and shown as typed. Categories are ids shown by name.
/// </summary>
public static class StyleWords
{
    private static readonly Dictionary<string, Style> Seeded = StyleSeeds.Create(DateTimeOffset.UnixEpoch).ToDictionary(s => s.Id, StringComparer.Ordinal);

    public static string Name(IStringLocalizer<StylesText> texts, Style style) =>
        Seeded.TryGetValue(style.Id, out var seed) && seed.Name == style.Name ? Text(texts, $"StyleName_{style.Id}", style.Name) : style.Name;

    public static string Description(IStringLocalizer<StylesText> texts, Style style) =>
        Seeded.TryGetValue(style.Id, out var seed) && seed.Description == style.Description ? Text(texts, $"StyleDescription_{style.Id}", style.Description) : style.Description;

    public static string DemoScene(IStringLocalizer<StylesText> texts, Style style) =>
        Seeded.TryGetValue(style.Id, out var seed) && seed.DemoScene == style.DemoScene ? Text(texts, $"StyleDemo_{style.Id}", style.DemoScene) : style.DemoScene;

    /// <summary>The editor's working copy with the built-in words as the viewer reads them.</summary>
    public static StyleForm Form(IStringLocalizer<StylesText> texts, Style style)
    {
        var form = StyleForm.From(style);
        form.Name = Name(texts, style);
        form.Description = Description(texts, style);
        form.DemoScene = DemoScene(texts, style);
        return form;
    }

    /// <summary>
    /// What to store: a built-in word the editor showed translated and the person left alone keeps its stored value,
    /// so opening and saving a built-in style in Spanish does not turn its English into Spanish.
    /// </summary>
    public static StyleRequest Stored(IStringLocalizer<StylesText> texts, Style? style, StyleRequest request) => style is null ? request : request with
    {
        Name = request.Name == Name(texts, style) ? style.Name : request.Name,
        Description = request.Description == Description(texts, style) ? style.Description : request.Description,
        DemoScene = request.DemoScene == DemoScene(texts, style) ? style.DemoScene : request.DemoScene,
    };

    public static string Category(IStringLocalizer<StylesText> texts, string category) => Text(texts, $"Category_{category}", category);

    private static string Text(IStringLocalizer<StylesText> texts, string key, string otherwise)
    {
        var text = texts[key];
        return text.ResourceNotFound ? otherwise : text.Value;
    }
}
