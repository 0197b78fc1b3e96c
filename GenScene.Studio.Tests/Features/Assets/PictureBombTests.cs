using System.Net;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Assets;

/// <summary>A picture small on disk and enormous decoded is refused from its header, in the real studio process.</summary>
public sealed class PictureBombTests(AssetSamples samples) : IClassFixture<AssetSamples>, IDisposable
{
    private readonly TempDirectory _files = new("genscene-bomb");

    [Fact]
    public async Task A_16000_by_16000_png_is_413_before_anything_decodes_it_and_nothing_is_kept()
    {
        var bomb = PictureBomb.WritePng(_files.Combine("bomb.png"), 16000, 16000);
        Assert.InRange(new FileInfo(bomb).Length, 1, 1024 * 1024);
        await using var studio = await StudioProcess.Start().WaitUntilListeningAsync();
        using var http = studio.CreateClient();
        // An ordinary picture first: ffprobe and ffmpeg have run once, so what follows counts the bomb alone.
        using (var ordinary = await http.UploadAsync(samples["picture.png"]))
        {
            Assert.Equal(HttpStatusCode.Created, ordinary.StatusCode);
        }
        var stored = Directory.GetFiles(Path.Combine(studio.DataDirectory, "media", "assets"), "*", SearchOption.AllDirectories);
        var before = ProcessFigures.Of(studio.Pid);

        using var response = await http.UploadAsync(bomb);

        var after = ProcessFigures.Of(studio.Pid);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The picture is 16000x16000 pixels (256 megapixels); the studio accepts up to 40 megapixels and 12,000 pixels a side (Assets:MaxImageMegapixels, Assets:MaxImageSide).",
            (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(1L, RawSqlite.Scalar(studio.DataDirectory, "SELECT COUNT(*) FROM assets"));
        Assert.Equal(stored, Directory.GetFiles(Path.Combine(studio.DataDirectory, "media", "assets"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(studio.DataDirectory, "tmp"), "asset-*"));
        // Decoding it costs ffprobe or ffmpeg about 7 s of CPU and 800 MB each; reading its header costs neither.
        Assert.True(after.ChildCpuSeconds - before.ChildCpuSeconds < 1.0,
            $"the studio's child processes used {after.ChildCpuSeconds - before.ChildCpuSeconds:0.00} s of CPU on the bomb");
        Assert.True(after.PeakResidentMegabytes - before.PeakResidentMegabytes < 100,
            $"the studio's peak memory grew from {before.PeakResidentMegabytes:0} MB to {after.PeakResidentMegabytes:0} MB");
    }

    public void Dispose() => _files.Dispose();
}
