namespace GenScene.Studio.Tests.TestSupport;

/// <summary>A fresh directory under /tmp, removed afterwards; tests never touch ./data.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "genscene-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a child process may still hold a file; /tmp is cleaned anyway */ }
    }
}
