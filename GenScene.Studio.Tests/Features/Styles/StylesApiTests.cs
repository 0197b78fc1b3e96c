using GenScene.Studio.Tests.Features.Security;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Styles;

public sealed class StylesApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();
    private readonly HttpClient _http;

    public StylesApiTests() => _http = _studio.CreateClient();

    private async Task<JsonElement> JsonAsync(string path, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_catalog_lists_seven_styles_with_their_fields_and_four_categories_with_counts()
    {
        var styles = await JsonAsync("/api/styles");
        Assert.Equal(7, styles.GetArrayLength());
        var noir = styles.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "film-noir");
        Assert.Equal("Film Noir", noir.GetProperty("name").GetString());
        Assert.Equal("vintage", noir.GetProperty("category").GetString());
        Assert.Equal("a detective in a dark, rainy street", noir.GetProperty("demoScene").GetString());
        Assert.All(noir.GetProperty("palette").EnumerateArray(), c => Assert.Matches("^#[0-9a-f]{6}$", c.GetString()!));
        Assert.Contains("noir", noir.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.StartsWith("/api/styles/film-noir/preview", noir.GetProperty("previewUrl").GetString(), StringComparison.Ordinal);

        var categories = await JsonAsync("/api/styles/categories");
        Assert.Equal([("realistic", 2), ("animated", 2), ("vintage", 2), ("artistic", 1)],
            categories.EnumerateArray().Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("count").GetInt32())));

        Assert.Equal("Anime", (await JsonAsync("/api/styles/anime")).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/styles/no-such-style")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/styles/no-such-style/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.GetAsync("/api/styles/anime/preview?variant=../../etc")).StatusCode);
    }

    [Fact]
    public async Task The_paths_without_api_answer_json_and_styles_itself_is_the_page_unless_json_is_asked_for()
    {
        Assert.Equal(7, (await JsonAsync("/styles")).GetArrayLength());
        Assert.Equal(4, (await JsonAsync("/styles/categories")).GetArrayLength());
        Assert.Equal("retro-vhs-90s", (await JsonAsync("/styles/retro-vhs-90s")).GetProperty("id").GetString());

        // A browser asking for /styles gets the gallery page, which first wants a signed-in person.
        using var browser = _studio.CreateClientWithKey(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/styles");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await browser.SendAsync(request);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/account/login", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Sign in to GenScene Studio", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Signed in, the same request is the gallery page itself.
        using var person = await _studio.SignedInClientAsync(TestCredentials.AdminUser, TestCredentials.AdminPassword);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/styles");
        again.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var gallery = await person.SendAsync(again);
        Assert.Equal("text/html", gallery.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/styles", gallery.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("style-grid", await gallery.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_previews_overview_and_category_listings_are_json_and_generate_all_is_a_job()
    {
        var overview = await JsonAsync("/api/styles/previews/overview");
        Assert.Equal(7, overview.GetArrayLength());
        var vintage = await JsonAsync("/api/styles/previews/vintage");
        Assert.Equal(["film-noir", "retro-vhs-90s"], vintage.EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/styles/previews/cubist")).StatusCode);

        using var accepted = await _http.PostAsync("/api/styles/previews/generate-all", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var jobId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var job = await _studio.Services.GetRequiredService<JobQueries>().WaitForAsync(jobId, j => j.State.IsTerminal(), TimeSpan.FromMinutes(2));
        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        Assert.All((await JsonAsync("/api/styles/previews/overview")).EnumerateArray(), s => Assert.True(s.GetProperty("cached").GetBoolean()));
    }

    [Fact]
    public async Task Episodes_accept_a_style_of_the_catalog_and_refuse_an_unknown_one()
    {
        using var good = await _http.PostAsJsonAsync("/api/episodes", new { title = "Noir", styleId = "film-noir", scenes = new object[] { new { text = "Rain.", styleId = "anime" } } });
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        using var bad = await _http.PostAsJsonAsync("/api/episodes", new { title = "Bad", styleId = "cubism", scenes = new object[] { new { text = "Hm.", styleId = "dada" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("cubism", errors.GetProperty("styleId")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("dada", errors.GetProperty("scenes[0].styleId")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_look_is_edited_with_values_in_range_only_and_the_version_rises()
    {
        using var outOfRange = await _http.PutAsJsonAsync("/api/styles/anime/look", new { saturation = 9, grain = -3, posterize = 6 });
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        var errors = (await outOfRange.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("saturation", out _) && errors.TryGetProperty("grain", out _), errors.ToString());

        using var injected = await _http.PutAsJsonAsync("/api/styles/anime/look", new { contrast = "1,movie=file.txt" });
        Assert.Equal(HttpStatusCode.BadRequest, injected.StatusCode);
        using var unknown = await _http.PutAsJsonAsync("/api/styles/nope/look", new { contrast = 1.2 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1, (await JsonAsync("/api/styles/anime")).GetProperty("lookVersion").GetInt32());

        using var edited = await _http.PutAsJsonAsync("/api/styles/anime/look", new { saturation = 1.8, posterize = 4, edges = 1 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var style = await JsonAsync("/api/styles/anime");
        Assert.Equal(2, style.GetProperty("lookVersion").GetInt32());
        Assert.Equal(4, style.GetProperty("look").GetProperty("posterize").GetInt32());
        Assert.Contains("v=2", style.GetProperty("previewUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_style_clip_is_a_four_second_mp4()
    {
        using var response = await _http.GetAsync("/api/styles/documentary-grit/clip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        using var temp = new TempDirectory();
        var file = temp.Combine("clip.mp4");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var probe = await new GenScene.Studio.Infrastructure.Processes.ProcessRunner(Microsoft.Extensions.Logging.Abstractions.NullLogger<GenScene.Studio.Infrastructure.Processes.ProcessRunner>.Instance)
            .RunAsync(new("ffprobe", ["-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=width,height,nb_read_frames", "-of", "csv=p=0", file]), CancellationToken.None);
        Assert.Equal("1280,720,120", probe.StandardOutput.Trim());
    }

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }
}
