using System.Net;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_reports_every_check_with_the_real_tool_versions()
    {
        await using var studio = new StudioFactory();
        using var response = await studio.CreateClient().GetAsync("/health");
        var body = await ReadAsync(response);
        var checks = body.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("wal", checks.GetProperty("database").GetProperty("journalMode").GetString());
        Assert.Matches(@"^\d+\.\d+", checks.GetProperty("ffmpeg").GetProperty("version").GetString());
        Assert.Matches(@"^\d+\.\d+", checks.GetProperty("ffprobe").GetProperty("version").GetString());
        var engine = Assert.Single(checks.GetProperty("tts").GetProperty("engines").EnumerateArray());
        Assert.Equal("espeak-ng", engine.GetProperty("name").GetString());
        Assert.Matches(@"^1\.\d+", engine.GetProperty("version").GetString());
        var disk = checks.GetProperty("disk");
        Assert.Equal("healthy", disk.GetProperty("status").GetString());
        Assert.InRange(disk.GetProperty("freeBytes").GetInt64(), new DriveInfo(studio.DataDirectory).AvailableFreeSpace / 2, long.MaxValue);
    }

    [Fact]
    public async Task A_missing_ffmpeg_does_not_stop_the_studio_and_health_says_how_to_install_it()
    {
        await using var studio = new StudioFactory().With("GenScene:FfmpegPath", "/opt/nowhere/ffmpeg");
        using var response = await studio.CreateClient().GetAsync("/health");
        var body = await ReadAsync(response);
        var ffmpeg = body.GetProperty("checks").GetProperty("ffmpeg");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", ffmpeg.GetProperty("status").GetString());
        Assert.Contains("ffmpeg is missing", ffmpeg.GetProperty("description").GetString());
        Assert.Contains("apt-get install -y ffmpeg", ffmpeg.GetProperty("description").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("ffprobe").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_missing_espeak_ng_leaves_no_speech_engine_and_says_so()
    {
        await using var studio = new StudioFactory().With("GenScene:EspeakPath", "/opt/nowhere/espeak-ng");
        using var response = await studio.CreateClient().GetAsync("/health");
        var tts = (await ReadAsync(response)).GetProperty("checks").GetProperty("tts");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(tts.GetProperty("engines").EnumerateArray());
        Assert.Contains("apt-get install -y espeak-ng", tts.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_configured_cloud_engine_is_listed_with_its_model_beside_espeak_ng()
    {
        await using var studio = new StudioFactory().With("ElevenLabs:ApiKey", "configured-key");
        using var response = await studio.CreateClient().GetAsync("/health");
        var engines = (await ReadAsync(response)).GetProperty("checks").GetProperty("tts").GetProperty("engines").EnumerateArray()
            .Select(e => $"{e.GetProperty("name").GetString()} {e.GetProperty("version").GetString()}").ToList();

        Assert.Equal(2, engines.Count);
        Assert.StartsWith("espeak-ng 1.", engines[0]);
        Assert.Equal("elevenlabs eleven_multilingual_v2", engines[1]);
    }

    [Fact]
    public async Task Low_disk_space_is_degraded_but_the_studio_still_serves()
    {
        await using var studio = new StudioFactory().With("GenScene:MinFreeDiskMegabytes", "999999");
        using var response = await studio.CreateClient().GetAsync("/health");
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Contains("GenScene:MinFreeDiskMegabytes", body.GetProperty("checks").GetProperty("disk").GetProperty("description").GetString());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
