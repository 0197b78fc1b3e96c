using System.Net;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Assets;

/// <summary>Clips and sounds within their bytes but beyond what they may hold: 413 naming the figure and the setting, nothing kept.</summary>
public sealed class AssetShapeLimitTests(AssetSamples samples) : IClassFixture<AssetSamples>, IAsyncLifetime, IDisposable
{
    private readonly StudioFactory _studio = new();
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("wide.mp4", "testsrc2=size=4112x16:rate=25:duration=0.2", "The video is 4112x16 pixels; the studio accepts up to 4,096x4,096 (Assets:MaxVideoSide).")]
    [InlineData("fast.mp4", "testsrc2=size=64x64:rate=240:duration=0.2", "The video runs at 240 frames per second; the studio accepts up to 120 (Assets:MaxVideoFramesPerSecond).")]
    public async Task A_clip_too_wide_or_too_fast_is_413_naming_its_figure(string name, string source, string message)
    {
        var clip = await samples.Files.LavfiAsync(samples[name], source, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p");

        await AssertRefusedAsync(clip, message);
    }

    [Fact]
    public async Task A_sound_sampled_at_384_kHz_is_413_naming_its_rate()
    {
        var sound = await samples.Files.LavfiAsync(samples["ultrasonic.wav"], "anullsrc=r=384000:cl=mono", "-t", "0.5", "-c:a", "pcm_s16le");

        await AssertRefusedAsync(sound, "The sound is sampled at 384,000 Hz; the studio accepts up to 192,000 Hz (Assets:MaxAudioSampleRate).");
    }

    private async Task AssertRefusedAsync(string path, string message)
    {
        using var response = await _http.UploadAsync(path);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(message, (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Empty(AssetApi.StoredFiles(_studio));
        Assert.Equal(0, AssetApi.Rows(_studio));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _studio.DisposeAsync();
    }

    public void Dispose() => _studio.Dispose();
}
