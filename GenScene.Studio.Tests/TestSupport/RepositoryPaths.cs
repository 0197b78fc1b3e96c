namespace GenScene.Studio.Tests.TestSupport;

/// <summary>Where the studio's own build output is, so tests can start it as a real process.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string StudioProject => Path.Combine(Root, "GenScene.Studio");

    /// <summary>The studio's executable, built in the same configuration as the tests.</summary>
    public static string StudioExecutable
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0/
            return Path.Combine(StudioProject, "bin", configuration, "net10.0", "GenScene.Studio");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GenScene.Studio.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("GenScene.Studio.sln not found above " + AppContext.BaseDirectory);
    }
}
