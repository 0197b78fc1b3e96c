using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Features.Audio.Jingles;

/// <summary>Jingle uploads over HTTP, checked by content with the real ffprobe.</summary>
public sealed class JingleUploadTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly StudioFactory _studio = new StudioFactory().With("Jingles:MaxMegabytes", "1").With("Jingles:MaxSeconds", "30");
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        await Ffmpeg("-f", "lavfi", "-i", "sine=frequency=660:duration=2", "-c:a", "libmp3lame", _files.Combine("intro.mp3"));
        await Ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=40", "-c:a", "libmp3lame", "-b:a", "32k", _files.Combine("long.mp3"));
        await Ffmpeg("-f", "lavfi", "-i", "anoisesrc=duration=20", "-c:a", "pcm_s16le", _files.Combine("big.wav"));
        await Ffmpeg("-f", "lavfi", "-i", "testsrc=size=64x64", "-frames:v", "1", _files.Combine("picture.png"));
        File.Copy(_files.Combine("picture.png"), _files.Combine("picture.mp3"));
        await Ffmpeg("-f", "lavfi", "-i", "anullsrc=r=384000:cl=mono", "-t", "0.5", "-c:a", "pcm_s16le", _files.Combine("ultrasonic.wav"));
    }

    [Fact]
    public async Task An_audio_file_is_stored_with_its_measured_length()
    {
        using var response = await UploadAsync("intro.mp3", "Bright intro", "intro");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("intro", body.GetProperty("role").GetString());
        Assert.InRange(body.GetProperty("durationSeconds").GetDouble(), 1.9, 2.1);
        Assert.Single(Directory.GetFiles(Path.Combine(_studio.DataDirectory, "media", "jingles")));
    }

    [Fact]
    public async Task A_picture_named_like_an_mp3_is_refused_as_not_audio_and_nothing_is_stored()
    {
        using var ok = await UploadAsync("intro.mp3", "Kept", "intro");
        using var response = await UploadAsync("picture.mp3", "Fake", "intro");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        // In the uploader's words, not ffprobe's (no stream or container names).
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Equal("The file is not music the studio can read. Upload WAV, MP3, OGG, FLAC or M4A.", detail);
        Assert.Single(Directory.GetFiles(Path.Combine(_studio.DataDirectory, "media", "jingles"))); // only the first
        Assert.Empty(Directory.GetFiles(Path.Combine(_studio.DataDirectory, "tmp"), "jingle-*"));
        var list = JsonDocument.Parse(await _http.GetStringAsync("/api/jingles")).RootElement;
        Assert.Equal(["Kept"], list.EnumerateArray().Select(j => j.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Too_large_and_too_long_are_413_naming_the_limit()
    {
        using var large = await UploadAsync("big.wav", "Big", "bed");
        using var longer = await UploadAsync("long.mp3", "Long", "bed");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("Jingles:MaxMegabytes", await large.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, longer.StatusCode);
        Assert.Contains("Jingles:MaxSeconds", await longer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_sound_sampled_over_192_kHz_is_413_naming_its_rate_and_nothing_is_stored()
    {
        using var response = await UploadAsync("ultrasonic.wav", "Bat call", "bed");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Equal("The jingle is sampled at 384,000 Hz; the studio accepts up to 192,000 Hz (Jingles:MaxSampleRate).", detail);
        Assert.Empty(JsonDocument.Parse(await _http.GetStringAsync("/api/jingles")).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task A_missing_name_or_an_unknown_role_is_400_naming_the_field()
    {
        using var noName = await UploadAsync("intro.mp3", "", "intro");
        using var badRole = await UploadAsync("intro.mp3", "Name", "chorus");

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.True(JsonDocument.Parse(await noName.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.True(JsonDocument.Parse(await badRole.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("role", out _));
    }

    private async Task<HttpResponseMessage> UploadAsync(string file, string name, string role)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(_files.Combine(file)));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg"); // what a client claims; the studio checks the content
        form.Add(content, "file", file);
        form.Add(new StringContent(name), "name");
        form.Add(new StringContent(role), "role");
        return await _http.PostAsync("/api/jingles", form);
    }

    private static Task<ProcessResult> Ffmpeg(params string[] arguments) =>
        new ProcessRunner(NullLogger<ProcessRunner>.Instance).RunAsync(new ProcessSpec("ffmpeg", ["-v", "error", "-y", .. arguments]), CancellationToken.None);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _studio.DisposeAsync();
    }

    public void Dispose() => _files.Dispose();
}
