using System.Text.RegularExpressions;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Styles;

/// <summary>
/// Checks a <see cref="StyleRequest"/> field by field; errors are keyed by the JSON path a client sent
/// ("palette[2]", "caption.color", "look.grain") so the editor page and API clients can show each one
/// next to its field. The look's numbers are checked by <see cref="StyleLook.Validate"/>, the one range table.
/// </summary>
public static partial class StyleValidator
{
    /// <summary>The caption fonts on offer: DejaVu files the setup installs (fonts-dejavu-core), never a path.</summary>
    public static readonly IReadOnlyList<string> CaptionFonts =
    [
        "DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono.ttf",
    ];

    public const int MaxName = 60;
    public const int MaxDescription = 300;
    public const int MaxDemoScene = 80;
    public const int MinColors = 2;
    public const int MaxColors = 8;
    public const int MaxKeywords = 12;
    public const int MaxKeyword = 30;

    /// <summary>All fields are required except the id (a create may derive it from the name).</summary>
    public static Dictionary<string, string[]> Validate(StyleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (request.Id is { } id && !StylePreviews.StyleId().IsMatch(id))
        {
            Add("id", Texts<StylesText>.Get("IdInvalid"));
        }
        else if (request.Id == "new")
        {
            Add("id", Texts<StylesText>.Get("IdNew"));
        }
        Text(request.Name, "name", MaxName, Add);
        if (!StyleSeeds.Categories.Any(c => c.Id == request.Category))
        {
            Add("category", Texts<StylesText>.Format("CategoryChoose", string.Join(", ", StyleSeeds.Categories.Select(c => c.Id))));
        }
        Text(request.Description, "description", MaxDescription, Add);
        Text(request.DemoScene, "demoScene", MaxDemoScene, Add);
        CheckPalette(request.Palette, Add);
        CheckKeywords(request.Keywords, Add);
        if (request.Caption is not { } caption)
        {
            Add("caption", Texts<StylesText>.Get("CaptionMissing"));
        }
        else
        {
            if (!CaptionFonts.Contains(caption.Font))
            {
                Add("caption.font", Texts<StylesText>.Format("FontChoose", string.Join(", ", CaptionFonts)));
            }
            Color(caption.Color, "caption.color", Add);
            Color(caption.Outline, "caption.outline", Add);
        }
        if (!Transitions.All.Contains(request.DefaultTransition))
        {
            Add("defaultTransition", Texts<StylesText>.Format("TransitionChoose", string.Join(", ", Transitions.All)));
        }
        if (request.Look is not { } look)
        {
            Add("look", Texts<StylesText>.Get("LookMissing"));
        }
        else
        {
            foreach (var (field, messages) in look.Validate())
            {
                errors[$"look.{field}"] = messages;
            }
        }
        return errors;
    }

    /// <summary>A lowercase id made from a name ("Neon Nights 2" becomes "neon-nights-2"), for a create that gives none.</summary>
    public static string IdFrom(string name)
    {
        var slug = NotIdCharacters().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "style" : slug[..Math.Min(slug.Length, 64)].TrimEnd('-');
    }

    private static void Text(string? value, string field, int max, Action<string, string> add)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > max)
        {
            add(field, Texts<StylesText>.Format("TextLength", Texts<StylesText>.Get($"StyleField_{field}"), max));
        }
        else if (text.Any(char.IsControl) || text.Any(Infrastructure.Api.UserText.IsDirectionOverride))
        {
            add(field, Texts<StylesText>.Format("TextOneLine", Texts<StylesText>.Get($"StyleField_{field}")));
        }
    }

    private static void CheckPalette(IReadOnlyList<string>? palette, Action<string, string> add)
    {
        if (palette is null || palette.Count is < MinColors or > MaxColors)
        {
            add("palette", Texts<StylesText>.Format("PaletteCount", MinColors, MaxColors));
            return;
        }
        for (var i = 0; i < palette.Count; i++)
        {
            Color(palette[i], $"palette[{i}]", add);
        }
    }

    private static void CheckKeywords(IReadOnlyList<string>? keywords, Action<string, string> add)
    {
        if (keywords is null || keywords.Count > MaxKeywords)
        {
            add("keywords", Texts<StylesText>.Format("KeywordsCount", MaxKeywords));
            return;
        }
        for (var i = 0; i < keywords.Count; i++)
        {
            var keyword = keywords[i]?.Trim() ?? "";
            if (keyword.Length is 0 or > MaxKeyword || keyword.Contains(',', StringComparison.Ordinal) || keyword.Any(char.IsControl))
            {
                add($"keywords[{i}]", Texts<StylesText>.Format("KeywordInvalid", MaxKeyword));
            }
        }
    }

    private static void Color(string? value, string field, Action<string, string> add)
    {
        if (value is null || !HexColor().IsMatch(value))
        {
            add(field, Texts<StylesText>.Format("ColourInvalid", value));
        }
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    public static partial Regex HexColor();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdCharacters();
}
