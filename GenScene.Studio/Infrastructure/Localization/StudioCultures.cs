using System.Globalization;

namespace GenScene.Studio.Infrastructure.Localization;

/// <summary>
/// The two languages the studio speaks. Neutral cultures on purpose: "es" formats as every Spanish speaker
/// reads it (3,5 s; 03/12/2026) and a browser asking for es-MX or en-GB falls back to them.
/// </summary>
public static class StudioCultures
{
    public const string Spanish = "es";
    public const string English = "en";

    public static IReadOnlyList<string> Names { get; } = [Spanish, English];

    /// <summary>"es", "es-MX", "EN" → the supported name; anything else → null.</summary>
    public static string? Supported(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var language = name.Split('-', '_')[0].Trim().ToLowerInvariant();
        return Names.Contains(language) ? language : null;
    }

    /// <summary>
    /// The culture a language formats with. Spanish writes dates day first with two digits (03/12/2026), as
    /// forms and tickets in Spain and Latin America do; .NET's "es" would write 3/12/2026.
    /// </summary>
    public static CultureInfo Culture(string name) => name == Spanish ? SpanishCulture : CultureInfo.GetCultureInfo(English);

    private static readonly CultureInfo SpanishCulture = MakeSpanish();

    private static CultureInfo MakeSpanish()
    {
        var spanish = new CultureInfo(Spanish);
        spanish.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        return CultureInfo.ReadOnly(spanish);
    }

    /// <summary>The language the current request or circuit speaks: "es" or "en".</summary>
    public static string Current => Supported(CultureInfo.CurrentUICulture.Name) ?? English;
}
