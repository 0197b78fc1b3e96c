using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md: features talk to each other through public services and never in both directions,
/// and Infrastructure/ and Data/ serve features without knowing them. Read from the source (.cs and .razor),
/// so a page's @using counts as much as a service's using.
/// </summary>
public sealed class FeatureDependencyTests
{
    /// <summary>
    /// Files outside Features/ that may name features. Data/StudioDbContext.cs holds a set and applies the EF
    /// configuration of every feature's entities (one context for the one SQLite file, ADR 0002); the two
    /// Startup files are the composition root shared by the web studio and the --worker process (Program.cs,
    /// the web one, is outside Infrastructure/). They only list and register; no other file may join them.
    /// Data/Migrations/ is written by dotnet-ef from that context's model, so it names the same entities.
    /// </summary>
    private static readonly string[] AllowedOutsideFeatures =
    [
        "GenScene.Studio/Data/StudioDbContext.cs",
        "GenScene.Studio/Infrastructure/Startup/StudioServices.cs",
        "GenScene.Studio/Infrastructure/Startup/StudioWorker.cs",
    ];

    private const string GeneratedMigrations = "GenScene.Studio/Data/Migrations/";

    [Fact]
    public void No_two_features_depend_on_each_other_directly_or_through_a_loop()
    {
        var scan = FeatureScan.Read(RepositoryPaths.Root);

        var cycles = FeatureGraph.Cycles(scan.Edges);

        Assert.True(scan.Features.Count >= 10, $"only {scan.Features.Count} feature folders found: is the scan looking in the right place?");
        Assert.Contains(scan.Edges, edge => edge.From == "Episodes" && edge.To == "Composition"); // the scan sees real references
        Assert.True(cycles.Count == 0, FeatureGraph.Describe(cycles, scan.Edges));
    }

    [Fact]
    public void Infrastructure_and_Data_name_no_feature_but_in_the_composition_root_and_the_database_context()
    {
        var scan = FeatureScan.Read(RepositoryPaths.Root);

        var offenders = scan.OutsideReferences
            .Where(reference => !AllowedOutsideFeatures.Contains(reference.File) && !reference.File.StartsWith(GeneratedMigrations, StringComparison.Ordinal))
            .Select(reference => $"{reference.File} → Features/{reference.Feature} ({reference.How})")
            .ToList();

        Assert.Contains(scan.OutsideReferences, reference => reference.File == "GenScene.Studio/Data/StudioDbContext.cs"); // the scan sees them
        Assert.True(offenders.Count == 0, "Infrastructure/ and Data/ must not reference features:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_cycle_finder_names_a_direct_loop_a_longer_loop_and_the_files_that_make_each_edge()
    {
        FeatureEdge Edge(string from, string to) => new(from, to, $"Features/{from}/{from}Service.cs", $"using GenScene.Studio.Features.{to}");
        var edges = new[]
        {
            Edge("Jobs", "Security"), Edge("Security", "Jobs"), // direct
            Edge("Assets", "Audio"), Edge("Audio", "Voices"), Edge("Voices", "Assets"), // through three
            Edge("Episodes", "Composition"), Edge("Composition", "Styles"), Edge("Episodes", "Styles"), // one way only
        };

        var cycles = FeatureGraph.Cycles(edges);
        var message = FeatureGraph.Describe(cycles, edges);

        Assert.Equal(2, cycles.Count);
        Assert.Contains(cycles, cycle => cycle.Order().SequenceEqual(["Jobs", "Security"]));
        Assert.Contains(cycles, cycle => cycle.Order().SequenceEqual(["Assets", "Audio", "Voices"]));
        Assert.Contains("Features/Security/SecurityService.cs: using GenScene.Studio.Features.Jobs", message, StringComparison.Ordinal);
        Assert.Contains("Voices → Assets", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Composition", message, StringComparison.Ordinal);
        Assert.Empty(FeatureGraph.Cycles([Edge("Episodes", "Composition"), Edge("Composition", "Styles")]));
    }

    [Fact]
    public void Every_way_one_feature_names_another_is_an_edge()
    {
        // The features this tiny tree has, with the types each declares.
        var types = new Dictionary<string, IReadOnlySet<string>>
        {
            ["Assets"] = new HashSet<string> { "AssetFacts" }, ["Composition"] = new HashSet<string>(), ["Episodes"] = new HashSet<string>(),
            ["Jobs"] = new HashSet<string> { "JobQueue" }, ["Styles"] = new HashSet<string> { "Transitions" }, ["Voices"] = new HashSet<string>(),
        };
        string[] Targets(string text, bool razor = false) =>
            [.. FeatureScan.References(text, razor, "Composition", types).Select(r => r.Feature).Distinct().Order()];

        Assert.Equal(["Voices"], Targets("using GenScene.Studio.Features.Voices.Tts;\nnamespace GenScene.Studio.Features.Composition;"));
        Assert.Equal(["Assets"], Targets("var size = GenScene.Studio.Features.Assets.AssetFacts.Size(1);"));
        Assert.Equal(["Episodes"], Targets("namespace GenScene.Studio.Features.Episodes;"));
        Assert.Equal(["Jobs"], Targets("@using GenScene.Studio.Features.Jobs\n<p>@Figures.Size(1)</p>", razor: true));
        // Inside GenScene.Studio.Features, "Styles.Transitions" names the Styles feature without its prefix.
        Assert.Equal(["Styles"], Targets("namespace GenScene.Studio.Features.Composition;\nvar cut = Styles.Transitions.Cut;"));
        // A property that happens to share a feature's name is not a reference, nor is a comment.
        Assert.Empty(Targets("namespace GenScene.Studio.Features.Composition;\nvar n = Jobs.Count; // GenScene.Studio.Features.Jobs\n"));
        Assert.Empty(Targets("@* @using GenScene.Studio.Features.Jobs *@", razor: true));
    }
}
