using System.Net;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Assets;

/// <summary>The "Assets" limits, set small so that test files cross them.</summary>
public sealed class AssetLimitTests(AssetSamples samples) : IClassFixture<AssetSamples>, IAsyncLifetime, IDisposable
{
    private readonly StudioFactory _studio = new StudioFactory()
        .With("Assets:MaxImageMegabytes", "1")
        .With("Assets:MaxVideoSeconds", "1");
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_picture_over_its_limit_is_413_naming_the_setting_and_nothing_is_kept()
    {
        Assert.True(new FileInfo(samples["noise.png"]).Length > 1024 * 1024, "the sample must be over 1 MB");

        using var response = await _http.UploadAsync(samples["noise.png"]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Assets:MaxImageMegabytes", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(AssetApi.StoredFiles(_studio));
        Assert.Empty(AssetApi.StagedFiles(_studio));
        Assert.Equal(0, AssetApi.Rows(_studio));
    }

    [Fact]
    public async Task A_video_longer_than_allowed_is_413_naming_the_setting()
    {
        using var response = await _http.UploadAsync(samples["clip.mp4"]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Assets:MaxVideoSeconds", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(AssetApi.StoredFiles(_studio));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _studio.DisposeAsync();
    }

    public void Dispose() => _studio.Dispose();
}

/// <summary>A bad "Assets" setting stops the studio at start, with a message naming the key.</summary>
public sealed class AssetOptionsTests
{
    [Fact]
    public async Task A_limit_out_of_range_stops_the_studio_naming_the_setting()
    {
        await using var studio = StudioProcess.Start(null, "--Assets:MaxVideoMegabytes=0");

        Assert.True(await studio.WaitForExitAsync(TimeSpan.FromSeconds(60)), studio.Output);
        Assert.Equal(1, studio.ExitCode);
        Assert.Contains("Assets:MaxVideoMegabytes must be between 1 and 10240", studio.Output);
    }
}
