namespace GenScene.Studio.Tests.TestSupport;

/// <summary>Saved real tool output under GenScene.Studio.Tests/TestData, read from the source tree.</summary>
public static class TestData
{
    public static string Path(string name) => System.IO.Path.Combine(RepositoryPaths.Root, "GenScene.Studio.Tests", "TestData", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
