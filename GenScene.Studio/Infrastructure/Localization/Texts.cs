using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace GenScene.Studio.Infrastructure.Localization;

/// <summary>
/// The same .resx texts that pages read through <c>IStringLocalizer&lt;T&gt;</c>, for code that has no
/// injected localizer: validators and services whose messages reach a page or a problem's detail. They
/// speak the current UI culture, which the request (Accept-Language, cookie) or the page's circuit set.
/// </summary>
// CA1000 asks for no static members on generic types; here the type argument is the whole point: Texts<EpisodesText>.Get(key).
#pragma warning disable CA1000
public static class Texts<T>
{
    private static readonly ResourceManager Manager = new(typeof(T));

    public static string Get(string key) =>
        Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);

    /// <summary>The text in one named language, whatever the current culture (tests, logs).</summary>
    public static string In(string culture, string key) =>
        Manager.GetString(key, Cultures.GetOrAdd(culture, CultureInfo.GetCultureInfo)) ?? key;

    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new();
}
#pragma warning restore CA1000
