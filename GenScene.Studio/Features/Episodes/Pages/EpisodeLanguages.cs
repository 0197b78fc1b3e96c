using System.Globalization;
using GenScene.Studio.Features.Voices;

namespace GenScene.Studio.Features.Episodes.Pages;

/// <summary>The languages an episode can be in: those the studio's voices speak, named for people in their language ("Spanish (Latin America) · es-419", "Español (Latinoamérica) · es-419").</summary>
public static class EpisodeLanguages
{
    /// <summary>The voices' languages by name, and the episode's own when no voice speaks it any more (it is kept, not lost).</summary>
    public static IReadOnlyList<string> Offered(IEnumerable<Voice> voices, string? current) =>
        [.. voices.Select(v => v.Language).Append(current).OfType<string>().Where(l => l.Length > 0)
            .DistinctBy(l => l.ToUpperInvariant()).OrderBy(Name, StringComparer.Ordinal)];

    public static string Name(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            // Named in the viewer's language ("Spanish (Latin America)", "español (Latinoamérica)"), capitalised as a list item.
            var name = culture.DisplayName;
            return $"{char.ToUpper(name[0], CultureInfo.CurrentCulture)}{name[1..]} · {code}";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
