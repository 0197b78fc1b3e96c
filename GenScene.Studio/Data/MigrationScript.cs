using System.Text.RegularExpressions;

namespace GenScene.Studio.Data;

/// <summary>One numbered schema script, e.g. Data/Migrations/0001_jobs.sql.</summary>
public sealed partial record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The scripts embedded in the studio, in version order.</summary>
    public static IReadOnlyList<MigrationScript> Embedded()
    {
        var assembly = typeof(MigrationScript).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Select(resource => (resource, match: ResourceName().Match(resource)))
            .Where(x => x.match.Success)
            .Select(x =>
            {
                using var stream = assembly.GetManifestResourceStream(x.resource)!;
                using var reader = new StreamReader(stream);
                return new MigrationScript(int.Parse(x.match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture), x.match.Groups["name"].Value, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)];
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
