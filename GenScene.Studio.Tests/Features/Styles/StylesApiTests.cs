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

        using var request = new HttpRequestMessage(HttpMethod.Get, "/styles");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await _http.SendAsync(request);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("style-grid", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }
}
