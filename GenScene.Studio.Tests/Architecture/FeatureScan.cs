using System.Text.RegularExpressions;

namespace GenScene.Studio.Tests.Architecture;

/// <summary>One feature naming another, and where: the file and the text that does it.</summary>
public sealed record FeatureEdge(string From, string To, string File, string How);

/// <summary>A file outside Features/ naming a feature.</summary>
public sealed record OutsideReference(string File, string Feature, string How);

/// <summary>
/// Reads the studio's .cs and .razor files and finds every place one top-level folder of Features/ names
/// another: using and @using (also in the _Imports.razor files above a page, which apply to it), fully
/// qualified names, a namespace declared in another feature's name, and, inside GenScene.Studio.Features,
/// a name such as Styles.Transitions that reaches another feature's type without the prefix.
/// </summary>
public sealed partial class FeatureScan
{
    private const string Prefix = "GenScene.Studio.Features.";
    private static readonly string[] OutsideFolders = ["Infrastructure", "Data"];

    public required IReadOnlyList<string> Features { get; init; }
    public required IReadOnlyList<FeatureEdge> Edges { get; init; }
    public required IReadOnlyList<OutsideReference> OutsideReferences { get; init; }

    public static FeatureScan Read(string repositoryRoot)
    {
        var project = Path.Combine(repositoryRoot, "GenScene.Studio");
        var featuresRoot = Path.Combine(project, "Features");
        var features = Directory.GetDirectories(featuresRoot).Select(Path.GetFileName).OfType<string>().Order().ToList();
        IReadOnlyDictionary<string, IReadOnlySet<string>> types = features.ToDictionary(f => f, f => (IReadOnlySet<string>)DeclaredTypes(Path.Combine(featuresRoot, f)));
        string Relative(string path) => Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');

        var edges = new List<FeatureEdge>();
        foreach (var feature in features)
        {
            foreach (var file in SourceFiles(Path.Combine(featuresRoot, feature)))
            {
                var razor = file.EndsWith(".razor", StringComparison.Ordinal);
                foreach (var reference in References(File.ReadAllText(file), razor, feature, types))
                {
                    edges.Add(new FeatureEdge(feature, reference.Feature, Relative(file), reference.How));
                }
            }
            // _Imports.razor above the feature folder (the project's own) apply to every page in it.
            if (SourceFiles(Path.Combine(featuresRoot, feature)).Any(f => f.EndsWith(".razor", StringComparison.Ordinal)))
            {
                foreach (var imports in new[] { Path.Combine(featuresRoot, "_Imports.razor"), Path.Combine(project, "_Imports.razor") }.Where(File.Exists))
                {
                    foreach (var reference in References(File.ReadAllText(imports), razor: true, feature, types))
                    {
                        edges.Add(new FeatureEdge(feature, reference.Feature, $"{Relative(imports)} (imported by the pages of Features/{feature})", reference.How));
                    }
                }
            }
        }

        var outside = OutsideFolders
            .Select(folder => Path.Combine(project, folder)).Where(Directory.Exists)
            .SelectMany(SourceFiles)
            .SelectMany(file => References(File.ReadAllText(file), file.EndsWith(".razor", StringComparison.Ordinal), owner: null, types)
                .Select(reference => new OutsideReference(Relative(file), reference.Feature, reference.How)))
            .ToList();

        return new FeatureScan { Features = features, Edges = edges, OutsideReferences = outside };
    }

    /// <summary>The features <paramref name="source"/> names, other than <paramref name="owner"/> itself.</summary>
    public static IEnumerable<(string Feature, string How)> References(string source, bool razor, string? owner, IReadOnlyDictionary<string, IReadOnlySet<string>> types)
    {
        var code = razor ? RazorComment().Replace(source, "") : source;
        code = LineComment().Replace(code, "");
        var found = new List<(string Feature, string How)>();
        foreach (Match match in QualifiedName().Matches(code))
        {
            found.Add((match.Groups["feature"].Value, Line(code, match.Index)));
        }
        if (NamespaceDeclaration().Match(code) is { Success: true } declaration && declaration.Groups["name"].Value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            // Within GenScene.Studio.Features.*, C# finds "Styles.Transitions" as GenScene.Studio.Features.Styles.Transitions.
            foreach (Match match in ShortName().Matches(code))
            {
                var feature = match.Groups["feature"].Value;
                if (types.TryGetValue(feature, out var declared) && match.Groups["parts"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries).Any(declared.Contains))
                {
                    found.Add((feature, Line(code, match.Index)));
                }
            }
        }
        return found.Where(f => f.Feature != owner && types.ContainsKey(f.Feature));
    }

    private static IEnumerable<string> SourceFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>Type names declared in a feature (classes, records, structs, interfaces, enums, and each .razor component).</summary>
    private static HashSet<string> DeclaredTypes(string featureDirectory)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(featureDirectory))
        {
            if (file.EndsWith(".razor", StringComparison.Ordinal))
            {
                names.Add(Path.GetFileNameWithoutExtension(file));
                continue;
            }
            foreach (Match match in TypeDeclaration().Matches(File.ReadAllText(file)))
            {
                names.Add(match.Groups["name"].Value);
            }
        }
        return names;
    }

    private static string Line(string code, int index)
    {
        var start = code.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = code.IndexOf('\n', index);
        return code[start..(end < 0 ? code.Length : end)].Trim();
    }

    [GeneratedRegex(@"(?<![\w.])GenScene\.Studio\.Features\.(?<feature>[A-Z]\w*)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^\s*(?:@namespace|namespace)\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"(?<![\w.])(?<feature>[A-Z]\w*)(?<parts>(?:\.[A-Z]\w*)+)")]
    private static partial Regex ShortName();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(?<!:)//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();
}
