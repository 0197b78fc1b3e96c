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
        var engines = checks.GetProperty("tts").GetProperty("engines").EnumerateArray().ToList();
        Assert.Equal(["espeak-ng", "pico"], engines.Select(e => e.GetProperty("name").GetString()));
        Assert.Matches(@"^1\.\d+", engines[0].GetProperty("version").GetString());
        Assert.Matches(@"^pico2wave lingware [0-9a-f]{12}$", engines[1].GetProperty("version").GetString());
        Assert.Empty(checks.GetProperty("tts").GetProperty("missing").EnumerateArray());
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
    public async Task Without_espeak_ng_and_pico_there_is_no_speech_engine_and_health_says_so()
    {
        await using var studio = new StudioFactory().With("GenScene:EspeakPath", "/opt/nowhere/espeak-ng").With("GenScene:PicoPath", "/opt/nowhere/pico2wave");
        using var response = await studio.CreateClient().GetAsync("/health");
        var tts = (await ReadAsync(response)).GetProperty("checks").GetProperty("tts");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(tts.GetProperty("engines").EnumerateArray());
        Assert.Contains("apt-get install -y espeak-ng", tts.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Without_espeak_ng_pico_still_speaks_and_health_is_degraded_naming_espeak_ng()
    {
        await using var studio = new StudioFactory().With("GenScene:EspeakPath", "/opt/nowhere/espeak-ng");
        using var response = await studio.CreateClient().GetAsync("/health");
        var tts = (await ReadAsync(response)).GetProperty("checks").GetProperty("tts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", tts.GetProperty("status").GetString());
        Assert.Equal(["pico"], tts.GetProperty("engines").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal("espeak-ng", Assert.Single(tts.GetProperty("missing").EnumerateArray()).GetProperty("name").GetString());
        Assert.Contains("apt-get install -y espeak-ng", tts.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_missing_pico_leaves_the_studio_speaking_with_espeak_ng_and_health_says_how_to_install_it()
    {
        await using var studio = new StudioFactory().With("GenScene:PicoPath", "/opt/nowhere/pico2wave");
        using var response = await studio.CreateClient().GetAsync("/health");
        var body = await ReadAsync(response);
        var tts = body.GetProperty("checks").GetProperty("tts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", tts.GetProperty("status").GetString());
        Assert.Equal(["espeak-ng"], tts.GetProperty("engines").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        var missing = Assert.Single(tts.GetProperty("missing").EnumerateArray());
        Assert.Equal("pico2wave", missing.GetProperty("name").GetString());
        Assert.Contains("libttspico-utils", missing.GetProperty("install").GetString());
        Assert.Contains("pico2wave is not installed", tts.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_configured_cloud_engine_is_listed_with_its_model_beside_espeak_ng()
    {
        await using var studio = new StudioFactory().With("ElevenLabs:ApiKey", "configured-key");
        using var response = await studio.CreateClient().GetAsync("/health");
        var engines = (await ReadAsync(response)).GetProperty("checks").GetProperty("tts").GetProperty("engines").EnumerateArray()
            .Select(e => $"{e.GetProperty("name").GetString()} {e.GetProperty("version").GetString()}").ToList();

        Assert.Equal(3, engines.Count);
        Assert.StartsWith("espeak-ng 1.", engines[0]);
        Assert.Contains("elevenlabs eleven_multilingual_v2", engines);
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
