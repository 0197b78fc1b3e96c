using System.Text.RegularExpressions;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Localization;

/// <summary>
/// Every text exists in both languages, with the same arguments, and every key a page or a class asks for exists:
/// a missing Spanish text would show English (or the bare key) to a Spanish user.
/// </summary>
public sealed class ResourceParityTests
{
    [Fact]
    public void Every_english_text_has_a_spanish_one_and_no_spanish_text_is_left_over()
    {
        var resources = StudioResources.All();
        Assert.NotEmpty(resources);
        var problems = new List<string>();
        foreach (var pair in resources)
        {
            var name = Path.GetRelativePath(RepositoryPaths.Root, pair.EnglishPath);
            if (!File.Exists(pair.SpanishPath))
            {
                problems.Add($"{name}: no {Path.GetFileName(pair.SpanishPath)} beside it");
                continue;
            }
            problems.AddRange(pair.English.Keys.Except(pair.Spanish.Keys).Select(k => $"{name}: '{k}' has no Spanish text"));
            problems.AddRange(pair.Spanish.Keys.Except(pair.English.Keys).Select(k => $"{name}: '{k}' is only in Spanish"));
            foreach (var (key, english) in pair.English)
            {
                if (string.IsNullOrWhiteSpace(english) || (pair.Spanish.TryGetValue(key, out var blank) && string.IsNullOrWhiteSpace(blank)))
                {
                    problems.Add($"{name}: '{key}' is empty in a language");
                }
                else if (pair.Spanish.TryGetValue(key, out var spanish)
                         && !StudioResources.Placeholders(english).SetEquals(StudioResources.Placeholders(spanish)))
                {
                    problems.Add($"{name}: '{key}' uses {{{string.Join("}, {", StudioResources.Placeholders(english))}}} in English but {{{string.Join("}, {", StudioResources.Placeholders(spanish))}}} in Spanish");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_key_a_page_or_a_class_asks_for_is_in_its_resources()
    {
        var resources = StudioResources.All().ToDictionary(r => r.TypeName, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in SourceFiles())
        {
            var source = File.ReadAllText(file);
            var name = Path.GetRelativePath(RepositoryPaths.Root, file);
            // Pages: @inject IStringLocalizer<EpisodesText> T … T["Key"] (also T["Key", argument]).
            foreach (Match inject in Regex.Matches(source, @"IStringLocalizer<(\w+)>\s+(\w+)"))
            {
                var (type, variable) = (inject.Groups[1].Value, inject.Groups[2].Value);
                foreach (Match use in Regex.Matches(source, $@"(?<![\w.]){Regex.Escape(variable)}\[""([^""]+)"""))
                {
                    problems.AddRange(Missing(resources, type, use.Groups[1].Value, name));
                }
            }
            // Other code: Texts<EpisodesText>.Get("Key") / .Format("Key", …).
            foreach (Match use in Regex.Matches(source, @"Texts<(\w+)>\.(?:Get|Format)\(""([^""]+)"""))
            {
                problems.AddRange(Missing(resources, use.Groups[1].Value, use.Groups[2].Value, name));
            }
            // Navigation: new NavigationEntry("Key", typeof(EpisodesText), …).
            foreach (Match use in Regex.Matches(source, @"new NavigationEntry\(""([^""]+)"",\s*typeof\((\w+)\)"))
            {
                problems.AddRange(Missing(resources, use.Groups[2].Value, use.Groups[1].Value, name));
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> Missing(Dictionary<string, StudioResources> resources, string type, string key, string file)
    {
        if (!resources.TryGetValue(type, out var pair))
        {
            yield return $"{file}: asks {type} for '{key}', but there is no {type}.resx";
        }
        else if (!pair.English.ContainsKey(key))
        {
            yield return $"{file}: asks {type} for '{key}', which {type}.resx lacks";
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.StudioProject, "*.*", SearchOption.AllDirectories)
            .Where(p => (p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal))
                        && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
