using GenScene.Studio.Infrastructure.Startup;
using GenScene.Studio.Infrastructure.Storage;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Storage;

public sealed class StoragePathsTests
{
    [Fact]
    public void The_data_directory_layout_is_created_on_start()
    {
        using var temp = new TempDirectory();
        var paths = new StoragePaths(temp.Combine("data"));

        paths.EnsureWritable();

        foreach (var name in new[] { "media", "cache", "tmp", "logs" })
        {
            Assert.True(Directory.Exists(temp.Combine("data", name)), name);
        }
        Assert.Equal(temp.Combine("data", "studio.db"), paths.Database);
        Assert.Empty(Directory.GetFiles(temp.Combine("data"))); // the write probes are gone
    }

    [Fact]
    public void A_data_directory_that_cannot_be_written_names_the_path_and_the_reason()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("a-file");
        File.WriteAllText(file, "not a directory");
        var paths = new StoragePaths(Path.Combine(file, "data"));

        var error = Assert.Throws<StudioStartupException>(paths.EnsureWritable);

        Assert.Contains(Path.Combine(file, "data"), error.Message);
        Assert.Contains("cannot be written", error.Message);
        Assert.Equal("not a directory", File.ReadAllText(file)); // nothing already there is touched
    }
}
