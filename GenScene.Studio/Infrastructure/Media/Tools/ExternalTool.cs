using System.Text.RegularExpressions;

namespace GenScene.Studio.Infrastructure.Media.Tools;

/// <summary>A command-line tool the studio depends on, how to ask its version, and which Debian package brings it.</summary>
public sealed record ExternalTool(string Name, string Path, IReadOnlyList<string> VersionArguments, Regex VersionPattern, string DebianPackage)
{
    public string InstallHint => $"install it with 'apt-get install -y {DebianPackage}' (./run.sh does this)";
}
