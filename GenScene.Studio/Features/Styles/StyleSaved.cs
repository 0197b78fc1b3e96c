using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Styles;

/// <summary>What saving a style came to: the saved style, or the errors by field, or an unknown or taken id.</summary>
public sealed record StyleSaved(Style? Style, Dictionary<string, string[]> Errors, bool NotFound = false, bool Conflict = false)
{
    public static StyleSaved Missing(string id) => new(null, new() { ["id"] = [Texts<StylesText>.Format("NoSuchStyle", id)] }, NotFound: true);

    public static StyleSaved Taken(string id) => new(null, new() { ["id"] = [Texts<StylesText>.Format("StyleTaken", id)] }, Conflict: true);
}
