using System.Text.RegularExpressions;
using System.Xml.Linq;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Localization;

/// <summary>The studio's .resx pairs as files: X.resx (English) and X.es.resx (Spanish) beside it.</summary>
public sealed record StudioResources(string EnglishPath, IReadOnlyDictionary<string, string> English, IReadOnlyDictionary<string, string> Spanish)
{
    public string SpanishPath => EnglishPath[..^".resx".Length] + ".es.resx";

    /// <summary>The marker type's name (file name without .resx), e.g. EpisodesText.</summary>
    public string TypeName => Path.GetFileNameWithoutExtension(EnglishPath);

    public static IReadOnlyList<StudioResources> All() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.StudioProject, "*.resx", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".es.resx", StringComparison.Ordinal) && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new StudioResources(p, Read(p), Read(p[..^".resx".Length] + ".es.resx")))];

    public static IReadOnlyDictionary<string, string> Read(string path) =>
        !File.Exists(path)
            ? new Dictionary<string, string>()
            : XDocument.Load(path).Root!.Elements("data")
                .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    /// <summary>"{0}", "{1:0.#}" → {0, 1}: a translation must use the same arguments, or a page shows the wrong value.</summary>
    public static IReadOnlySet<string> Placeholders(string text) =>
        PlaceholderRegex.Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static readonly Regex PlaceholderRegex = new(@"\{(\d+)(?:[,:][^}]*)?\}", RegexOptions.Compiled);
}
