using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Styles;

/// <summary>Creating and editing styles through the real HTTP pipeline: POST /api/styles, PUT /api/styles/{id}, regenerate.</summary>
public sealed class StyleEditingApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();
    private readonly HttpClient _http;

    public StyleEditingApiTests() => _http = _studio.CreateClient();

    private StylePreviews Previews => _studio.Services.GetRequiredService<StylePreviews>();

    private static object NeonNights(object? look = null) => new
    {
        name = "Neon Nights",
        category = "artistic",
        description = "Rain-soaked neon: magenta and cyan, glowing highlights, a little grain.",
        palette = new[] { "#0B0221", "#ff2a6d", "#05d9e8", "#d1f7ff", "#01012b" },
        keywords = new[] { "neon", "cyberpunk" },
        demoScene = "a street market at night in the rain",
        caption = new { font = "DejaVuSansMono-Bold.ttf", color = "#d1f7ff", outline = "#01012b" },
        defaultTransition = "cut",
        look = look ?? new { saturation = 1.4, bloom = 0.3, grain = 8 },
    };

    /// <summary>The full body of a style as the API shows it, ready to PUT back with one change.</summary>
    private async Task<Dictionary<string, object?>> EditableAsync(string id)
    {
        var style = await _http.GetFromJsonAsync<JsonElement>($"/api/styles/{id}");
        var keep = new[] { "name", "category", "description", "palette", "keywords", "demoScene", "caption", "defaultTransition", "look" };
        return keep.ToDictionary(k => k, k => (object?)style.GetProperty(k).Clone());
    }

    private static async Task<JsonElement> ErrorsOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task A_created_style_gets_an_id_from_its_name_joins_the_catalog_and_the_same_id_again_is_a_conflict()
    {
        using var created = await _http.PostAsJsonAsync("/api/styles", NeonNights());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/styles/neon-nights", created.Headers.Location?.OriginalString);
        var style = await _http.GetFromJsonAsync<JsonElement>("/api/styles/neon-nights");
        Assert.Equal("Neon Nights", style.GetProperty("name").GetString());
        Assert.Equal("#0b0221", style.GetProperty("palette")[0].GetString());
        Assert.Equal("DejaVuSansMono-Bold.ttf", style.GetProperty("caption").GetProperty("font").GetString());
        Assert.Equal(1.4, style.GetProperty("look").GetProperty("saturation").GetDouble());
        Assert.Equal((1, 1), (style.GetProperty("version").GetInt32(), style.GetProperty("lookVersion").GetInt32()));
        Assert.Equal(8, (await _http.GetFromJsonAsync<JsonElement>("/api/styles")).GetArrayLength());
        using var preview = await _http.GetAsync(style.GetProperty("previewUrl").GetString());
        Assert.Equal("image/png", preview.Content.Headers.ContentType?.MediaType);

        using var again = await _http.PostAsJsonAsync("/api/styles", NeonNights());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("neon-nights", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_is_a_problem_400_that_names_each_field_and_stores_nothing()
    {
        using var bad = await _http.PostAsJsonAsync("/api/styles", new
        {
            id = "Not An Id!",
            name = "",
            category = "cubist",
            description = "Broken.",
            palette = (string[])["#12345g", "red"],
            keywords = (string[])["ok", "has,comma"],
            demoScene = "somewhere",
            caption = new { font = "../../etc/passwd", color = "white", outline = "#000000" },
            defaultTransition = "wipe",
            look = new { grain = 99, posterize = 1, grade = new { shadowsRed = 3 } },
        });

        var errors = await ErrorsOfAsync(bad);
        Assert.Equal(
            ["caption.color", "caption.font", "category", "defaultTransition", "id", "keywords[1]", "look.grade", "look.grain", "look.posterize", "name", "palette[0]", "palette[1]"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("between 0 and 60", errors.GetProperty("look.grain")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(7, (await _http.GetFromJsonAsync<JsonElement>("/api/styles")).GetArrayLength());

        using var wrongType = await _http.PostAsJsonAsync("/api/styles", NeonNights(new { contrast = "1,movie=/etc/passwd" }));
        Assert.True((await ErrorsOfAsync(wrongType)).TryGetProperty("look.contrast", out _));
        using var notJson = await _http.PostAsync("/api/styles", new StringContent("name=Neon"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        using var tooFew = await _http.PostAsJsonAsync("/api/styles", new { name = "Two", category = "artistic", description = "d", palette = (string[])["#000000"], demoScene = "s" });
        Assert.True((await ErrorsOfAsync(tooFew)).TryGetProperty("palette", out _));
    }

    [Fact]
    public async Task A_full_edit_needs_every_field_keeps_the_id_and_answers_404_for_an_unknown_style()
    {
        var body = await EditableAsync("anime");
        body.Remove("look");
        body["id"] = "manga";
        using var partial = await _http.PutAsJsonAsync("/api/styles/anime", body);
        var errors = await ErrorsOfAsync(partial);
        Assert.True(errors.TryGetProperty("look", out _) && errors.TryGetProperty("id", out _), errors.ToString());

        using var unknown = await _http.PutAsJsonAsync("/api/styles/no-such-style", await EditableAsync("anime"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var full = await EditableAsync("anime");
        full["look"] = new { vignette = 2 };
        using var outOfRange = await _http.PutAsJsonAsync("/api/styles/anime", full);
        Assert.True((await ErrorsOfAsync(outOfRange)).TryGetProperty("look.vignette", out _));
        Assert.Equal(1, (await _http.GetFromJsonAsync<JsonElement>("/api/styles/anime")).GetProperty("version").GetInt32()); // nothing was saved
    }

    [Fact]
    public async Task Editing_the_description_keeps_the_look_version_and_the_cached_preview_while_editing_the_look_bumps_it_and_renders_again()
    {
        var first = await _http.GetByteArrayAsync("/api/styles/film-noir/preview");
        var renders = Previews.Renders;

        var body = await EditableAsync("film-noir");
        body["description"] = "Noir, described again.";
        using var described = await _http.PutAsJsonAsync("/api/styles/film-noir", body);
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        var style = await described.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Noir, described again.", 1), (style.GetProperty("description").GetString(), style.GetProperty("lookVersion").GetInt32()));
        Assert.Equal(2, style.GetProperty("version").GetInt32()); // every edit is a new version for If-Match, only the look keys the caches
        Assert.Equal(first, await _http.GetByteArrayAsync(style.GetProperty("previewUrl").GetString()));
        Assert.Equal(renders, Previews.Renders);

        body["look"] = new { monochrome = true, saturation = 0, contrast = 1.2, vignette = 0.3 };
        using var restyled = await _http.PutAsJsonAsync("/api/styles/film-noir", body);
        var edited = await restyled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 3), (edited.GetProperty("lookVersion").GetInt32(), edited.GetProperty("version").GetInt32()));
        Assert.NotEqual(style.GetProperty("previewUrl").GetString(), edited.GetProperty("previewUrl").GetString());
        var second = await _http.GetByteArrayAsync(edited.GetProperty("previewUrl").GetString());
        Assert.Equal(renders + 1, Previews.Renders);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_new_palette_draws_a_new_preview_without_a_new_look_version()
    {
        var before = await _http.GetFromJsonAsync<JsonElement>("/api/styles/stylized-3d");
        var first = await _http.GetByteArrayAsync(before.GetProperty("previewUrl").GetString());
        var body = await EditableAsync("stylized-3d");
        body["palette"] = new[] { "#000000", "#222222", "#444444", "#666666", "#888888" };

        using var response = await _http.PutAsJsonAsync("/api/styles/stylized-3d", body);

        var after = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, after.GetProperty("lookVersion").GetInt32());
        Assert.NotEqual(before.GetProperty("previewUrl").GetString(), after.GetProperty("previewUrl").GetString());
        var redrawn = await StyleImagesOf(await _http.GetByteArrayAsync(after.GetProperty("previewUrl").GetString()));
        Assert.True(redrawn.MeanAbsoluteDifference(await StyleImagesOf(first)) > 10);
    }

    [Fact]
    public async Task Regenerate_preview_queues_the_preview_job_which_renders_that_style_again_though_cached()
    {
        await _http.GetByteArrayAsync("/api/styles/anime/preview");
        var renders = Previews.Renders;

        using var accepted = await _http.PostAsync("/api/styles/anime/preview/regenerate", null);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var jobId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var job = await _studio.Services.GetRequiredService<JobQueries>().WaitForAsync(jobId, j => j.State.IsTerminal(), TimeSpan.FromMinutes(2));
        Assert.True(job.State == JobState.Succeeded, job.ErrorMessage);
        Assert.Equal(GenerateStylePreviewsHandler.JobKind, job.Kind);
        Assert.Equal(renders + 2, Previews.Renders); // the stills and the clip
        using var unknown = await _http.PostAsync("/api/styles/no-such-style/preview/regenerate", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<StyleImages.Rgb> StyleImagesOf(byte[] png)
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("preview.png");
        await File.WriteAllBytesAsync(file, png);
        return await StyleImages.ReadAsync(file, 320, 180);
    }

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }
}
