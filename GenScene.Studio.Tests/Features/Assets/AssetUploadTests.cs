using System.Globalization;
using System.Net;
using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Features.Assets;

/// <summary>Uploads over HTTP to the real studio, judged by the real ffprobe.</summary>
public sealed class AssetUploadTests(AssetSamples samples) : IClassFixture<AssetSamples>, IAsyncLifetime, IDisposable
{
    private readonly StudioFactory _studio = new();
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("picture.png", "image", "image/png", 320, 240, null, false)]
    [InlineData("photo.jpg", "image", "image/jpeg", 640, 360, null, false)]
    [InlineData("sticker.webp", "image", "image/webp", 200, 100, null, false)]
    [InlineData("clip.mp4", "video", "video/mp4", 320, 240, 2.0, true)]
    [InlineData("clip.webm", "video", "video/webm", 256, 144, 3.0, true)]
    [InlineData("silent.mov", "video", "video/quicktime", 160, 120, 2.0, false)]
    [InlineData("tone.wav", "audio", "audio/wav", null, null, 1.5, true)]
    [InlineData("tone.mp3", "audio", "audio/mpeg", null, null, 2.0, true)]
    [InlineData("tone.ogg", "audio", "audio/ogg", null, null, 2.5, true)]
    public async Task Each_accepted_format_is_stored_by_content_with_its_figures_and_a_JPEG_thumbnail(
        string file, string kind, string contentType, int? width, int? height, double? seconds, bool hasAudio)
    {
        using var response = await _http.UploadAsync(samples[file]);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(kind, body.GetProperty("kind").GetString());
        Assert.Equal(contentType, body.GetProperty("contentType").GetString());
        Assert.Equal(new FileInfo(samples[file]).Length, body.GetProperty("bytes").GetInt64());
        Assert.Equal(width, body.TryGetProperty("width", out var w) ? w.GetInt32() : null);
        Assert.Equal(height, body.TryGetProperty("height", out var h) ? h.GetInt32() : null);
        if (seconds is { } expected)
        {
            Assert.InRange(body.GetProperty("durationSeconds").GetDouble(), expected - 0.1, expected + 0.1);
        }
        else
        {
            Assert.False(body.TryGetProperty("durationSeconds", out _));
        }
        Assert.Equal(hasAudio, body.GetProperty("hasAudio").GetBoolean());
        Assert.Equal($"/api/assets/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);

        var sha = body.GetProperty("sha256").GetString()!;
        var stored = Path.Combine(_studio.DataDirectory, "media", "assets", sha[..2], sha + Path.GetExtension(file));
        Assert.Equal(await File.ReadAllBytesAsync(samples[file]), await File.ReadAllBytesAsync(stored));

        using var thumbnail = await _http.GetAsync(body.GetProperty("thumbnailUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        var saved = samples[$"thumbnail-of-{file}.jpg"];
        await File.WriteAllBytesAsync(saved, await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal("mjpeg", await samples.Files.StreamEntryAsync(saved, "v:0", "codec_name"));
        var thumbnailWidth = int.Parse(await samples.Files.StreamEntryAsync(saved, "v:0", "width"), CultureInfo.InvariantCulture);
        Assert.InRange(thumbnailWidth, 2, 320);
    }

    [Theory]
    [InlineData("notes.png", null, "not a picture, video or sound")]
    [InlineData("picture.mp4", null, "holds a PNG image, but its name ends in '.mp4'")]
    [InlineData("picture.png", "picture.txt", "but its name ends in '.txt'")]
    [InlineData("random.mp3", null, "Upload PNG, JPEG, WebP, MP4, MOV, WebM, WAV, MP3 or OGG")]
    public async Task A_file_that_is_not_what_it_claims_or_no_accepted_format_is_415_and_nothing_is_kept(string file, string? nameAs, string reason)
    {
        using var response = await _http.UploadAsync(samples[file], nameAs);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString();
        Assert.Contains(reason, detail);
        Assert.DoesNotContain(_studio.DataDirectory, detail); // no internal paths in messages
        Assert.Empty(AssetApi.StoredFiles(_studio));
        Assert.Empty(AssetApi.StagedFiles(_studio));
        Assert.Equal(0, AssetApi.Rows(_studio));
    }

    [Theory]
    [InlineData("notes.png", "/api/assets", "The file is not a picture, video or sound the studio can read. Upload PNG, JPEG, WebP, MP4, MOV, WebM, WAV, MP3 or OGG.")]
    [InlineData("notes.png", "/api/assets?kind=image", "The file is not a picture the studio can read. Upload PNG, JPEG or WebP.")]
    [InlineData("random.mp3", "/api/assets?kind=image", "The file is not a picture the studio can read. Upload PNG, JPEG or WebP.")]
    [InlineData("tone.wav", "/api/assets?kind=image", "The file is a WAV sound, not a picture. Upload PNG, JPEG or WebP.")]
    public async Task A_refused_upload_is_told_in_the_uploaders_words_naming_what_the_slot_takes(string file, string url, string expected)
    {
        using var response = await _http.UploadAsync(samples[file], url: url);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(expected, (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, AssetApi.Rows(_studio));
    }

    [Fact]
    public async Task The_same_content_uploaded_twice_is_one_asset_and_one_file()
    {
        using var first = await _http.UploadAsync(samples["photo.jpg"]);
        using var second = await _http.UploadAsync(samples["photo.jpg"], "same-photo-again.jpeg");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode); // API.md: 201, here with the asset already stored
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetString(), (await second.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal(2, AssetApi.StoredFiles(_studio).Length); // the photo and its thumbnail
        Assert.Equal(1, AssetApi.Rows(_studio));
        Assert.Empty(AssetApi.StagedFiles(_studio));
    }

    [Fact]
    public async Task The_content_is_served_with_range_support_for_seeking()
    {
        using var upload = await _http.UploadAsync(samples["clip.mp4"]);
        var id = (await upload.JsonAsync()).GetProperty("id").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/assets/{id}/content");
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(100, 199);
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(100, response.Content.Headers.ContentRange?.From);
        var expected = (await File.ReadAllBytesAsync(samples["clip.mp4"]))[100..200];
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_list_is_newest_first_and_filters_by_kind_and_a_deleted_asset_is_gone_with_its_files()
    {
        using var picture = await _http.UploadAsync(samples["picture.png"]);
        using var sound = await _http.UploadAsync(samples["tone.wav"]);
        var pictureId = (await picture.JsonAsync()).GetProperty("id").GetString();
        var soundId = (await sound.JsonAsync()).GetProperty("id").GetString();

        var all = (await (await _http.GetAsync("/api/assets")).JsonAsync()).EnumerateArray().Select(a => a.GetProperty("id").GetString());
        var images = (await (await _http.GetAsync("/api/assets?kind=image")).JsonAsync()).EnumerateArray().Select(a => a.GetProperty("id").GetString());
        using var badKind = await _http.GetAsync("/api/assets?kind=font");
        Assert.Equal([soundId, pictureId], all);
        Assert.Equal([pictureId], images);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);

        using var deleted = await _http.DeleteAsync($"/api/assets/{pictureId}");
        using var again = await _http.GetAsync($"/api/assets/{pictureId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(2, AssetApi.StoredFiles(_studio).Length); // only the sound and its thumbnail remain
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/content")]
    [InlineData("GET", "/thumbnail")]
    [InlineData("DELETE", "")]
    public async Task An_unknown_id_is_a_404_problem(string method, string suffix)
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/assets/0195f0c0ffee7000a000000000000000{suffix}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is no asset", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_request_without_a_file_field_is_400_and_one_that_is_not_a_form_is_415()
    {
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };
        using var noFile = await _http.PostAsync("/api/assets", form);
        using var notForm = await _http.PostAsync("/api/assets", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.True((await noFile.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notForm.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _studio.DisposeAsync();
    }

    public void Dispose() => _studio.Dispose();
}
