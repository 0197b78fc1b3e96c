using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Episodes;

public sealed class EpisodesApiTests : IAsyncLifetime, IDisposable
{
    private readonly StudioFactory _studio = new();
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_episode_is_created_read_listed_replaced_and_deleted()
    {
        using var created = await _http.PostAsJsonAsync("/api/episodes", new
        {
            title = "Morning news",
            resolution = "1080x1920",
            captions = true,
            transition = "crossfade",
            scenes = new object[] { new { text = "Good morning." }, new { text = "Here is the weather.", motion = "zoom-in" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var episode = await ReadAsync(created);
        var id = episode.GetProperty("id").GetString()!;
        Assert.Equal($"/api/episodes/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(["Good morning.", "Here is the weather."], Texts(episode));
        Assert.All(episode.GetProperty("scenes").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("id").GetString())));
        Assert.Equal("1080x1920", episode.GetProperty("resolution").GetString());

        var read = await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"));
        Assert.Equal(["Good morning.", "Here is the weather."], Texts(read));
        var listed = JsonDocument.Parse(await _http.GetStringAsync("/api/episodes")).RootElement;
        Assert.Single(listed.EnumerateArray(), e => e.GetProperty("id").GetString() == id);

        using var replaced = await _http.PutAsJsonAsync($"/api/episodes/{id}", new { title = "Evening news", scenes = new object[] { new { text = "Good evening." } } });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(["Good evening."], Texts(await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"))));

        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteAsync($"/api/episodes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/episodes/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_scene_with_no_text_and_no_clip_is_400_naming_the_scene_and_nothing_is_stored()
    {
        using var response = await _http.PostAsJsonAsync("/api/episodes", new
        {
            title = "Broken",
            scenes = new object[] { new { text = "Fine." }, new { text = "   " } },
        });

        var errors = await ErrorsAsync(response);
        Assert.Contains("Scene 2", Assert.Single(errors["scenes[1].text"]));
        Assert.Empty(JsonDocument.Parse(await _http.GetStringAsync("/api/episodes")).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Every_bad_field_is_named()
    {
        using var response = await _http.PostAsJsonAsync("/api/episodes", new
        {
            title = "",
            resolution = "640x480",
            fps = 29,
            transition = "wipe",
            voiceId = "no-such-voice",
            musicAssetId = "no-such-asset",
            scenes = new object[] { new { text = "Hi.", assetId = "missing", motion = "spin", voiceSettings = new { speed = 5 } } },
        });

        var errors = await ErrorsAsync(response);
        foreach (var field in new[] { "title", "resolution", "fps", "transition", "voiceId", "musicAssetId", "scenes[0].assetId", "scenes[0].motion", "scenes[0].voiceSettings.speed" })
        {
            Assert.True(errors.ContainsKey(field), $"{field} not named; got {string.Join(", ", errors.Keys)}");
        }
    }

    [Fact]
    public async Task Every_setting_the_editor_offers_is_stored_and_read_back()
    {
        using var created = await _http.PostAsJsonAsync("/api/episodes", new
        {
            title = "Lighthouse",
            description = "A keeper's evening.",
            language = "en-gb",
            styleId = "film-noir",
            musicLevelDb = -20,
            transition = "fade-black",
            transitionSeconds = 1.25,
            scenes = new object[]
            {
                new { text = "The keeper climbs.", styleId = "anime", fit = "contain-blur", paddingBeforeSeconds = 1.5, paddingAfterSeconds = 2, voiceSettings = new { speed = 1.3, pitch = 10 } },
            },
        });
        var id = (await ReadAsync(created)).GetProperty("id").GetString();

        var read = await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"));
        Assert.Equal("A keeper's evening.", read.GetProperty("description").GetString());
        Assert.Equal("en-gb", read.GetProperty("language").GetString());
        Assert.Equal("film-noir", read.GetProperty("styleId").GetString());
        Assert.Equal(-20, read.GetProperty("musicLevelDb").GetDouble());
        Assert.Equal("fade-black", read.GetProperty("transition").GetString());
        Assert.Equal(1.25, read.GetProperty("transitionSeconds").GetDouble());
        var scene = read.GetProperty("scenes")[0];
        Assert.Equal("anime", scene.GetProperty("styleId").GetString());
        Assert.Equal("contain-blur", scene.GetProperty("fit").GetString());
        Assert.Equal(1.5, scene.GetProperty("paddingBeforeSeconds").GetDouble());
        Assert.Equal(2, scene.GetProperty("paddingAfterSeconds").GetDouble());
        Assert.Equal(1.3, scene.GetProperty("voiceSettings").GetProperty("speed").GetDouble());
        Assert.Equal(10, scene.GetProperty("voiceSettings").GetProperty("pitch").GetInt32());
    }

    [Fact]
    public async Task A_style_without_a_transition_brings_its_default_transition_on_create_and_replace()
    {
        var transition = await StyleTransitionAsync("cinematic-realism");

        using var created = await _http.PostAsJsonAsync("/api/episodes", new { title = "Harbour", styleId = "cinematic-realism", scenes = new object[] { new { text = "Boats." } } });
        var episode = await ReadAsync(created);
        Assert.Equal(transition, episode.GetProperty("transition").GetString());
        // Styles carry no transition length, so the episode keeps the usual one.
        Assert.Equal(0.5, episode.GetProperty("transitionSeconds").GetDouble());
        var id = episode.GetProperty("id").GetString();
        Assert.Equal(transition, (await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"))).GetProperty("transition").GetString());

        using var replaced = await _http.PutAsJsonAsync($"/api/episodes/{id}", new { title = "Harbour", styleId = "cinematic-realism", scenes = new object[] { new { text = "Gulls." } } });
        Assert.Equal(transition, (await ReadAsync(replaced)).GetProperty("transition").GetString());
        Assert.Equal(transition, (await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"))).GetProperty("transition").GetString());
    }

    [Fact]
    public async Task An_inline_composition_of_the_same_body_takes_the_same_transition()
    {
        var transition = await StyleTransitionAsync("cinematic-realism");

        using var accepted = await _http.PostAsJsonAsync("/api/compose", new { title = "Harbour", styleId = "cinematic-realism", scenes = new object[] { new { text = "Boats." } } });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var jobId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var job = (await _studio.Services.GetRequiredService<JobQueries>().FindAsync(jobId, withEvents: false, CancellationToken.None))!;
        Assert.Equal(transition, JsonDocument.Parse(job.Payload).RootElement.GetProperty("transition").GetString());
    }

    [Fact]
    public async Task An_explicit_transition_beats_the_style_and_no_style_still_cuts()
    {
        await StyleTransitionAsync("cinematic-realism");

        using var explicitCut = await _http.PostAsJsonAsync("/api/episodes", new { title = "Harbour", styleId = "cinematic-realism", transition = "cut", scenes = new object[] { new { text = "Boats." } } });
        var id = (await ReadAsync(explicitCut)).GetProperty("id").GetString();
        Assert.Equal("cut", (await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"))).GetProperty("transition").GetString());

        using var replaced = await _http.PutAsJsonAsync($"/api/episodes/{id}", new { title = "Harbour", styleId = "cinematic-realism", transition = "fade-black", scenes = new object[] { new { text = "Boats." } } });
        Assert.Equal("fade-black", (await ReadAsync(replaced)).GetProperty("transition").GetString());

        using var plain = await _http.PostAsJsonAsync("/api/episodes", new { title = "Plain", scenes = new object[] { new { text = "Boats." } } });
        Assert.Equal("cut", (await ReadAsync(plain)).GetProperty("transition").GetString());
    }

    [Fact]
    public async Task A_bad_language_description_or_pause_is_named_by_its_field()
    {
        using var response = await _http.PostAsJsonAsync("/api/episodes", new
        {
            title = "Bad settings",
            language = "english please",
            description = new string('x', 2001),
            scenes = new object[] { new { text = "Hi.", paddingBeforeSeconds = -1, paddingAfterSeconds = 11 } },
        });

        var errors = await ErrorsAsync(response);
        Assert.Equal(["description", "language", "scenes[0].paddingAfterSeconds", "scenes[0].paddingBeforeSeconds"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_episode_needs_at_least_one_scene_and_unknown_ids_are_404()
    {
        var errors = await ErrorsAsync(await _http.PostAsJsonAsync("/api/episodes", new { title = "Empty", scenes = Array.Empty<object>() }));
        Assert.True(errors.ContainsKey("scenes"));

        using var missing = await _http.GetAsync("/api/episodes/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PutAsJsonAsync("/api/episodes/nope", new { title = "X", scenes = new object[] { new { text = "a" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsync("/api/episodes/nope/compose", null)).StatusCode);
    }

    [Fact]
    public async Task Captions_are_a_soft_track_unless_burned_in_is_asked_for_and_old_clients_sending_only_captions_still_work()
    {
        var old = await ReadAsync(await _http.PostAsJsonAsync("/api/episodes", new { title = "Old client", captions = true, scenes = new object[] { new { text = "Hi." } } }));
        Assert.True(old.GetProperty("captions").GetBoolean());
        Assert.False(old.GetProperty("captionsBurnedIn").GetBoolean());

        var social = await ReadAsync(await _http.PostAsJsonAsync("/api/episodes", new { title = "Social", captionsBurnedIn = true, scenes = new object[] { new { text = "Hi." } } }));
        Assert.True(social.GetProperty("captions").GetBoolean());
        Assert.True(social.GetProperty("captionsBurnedIn").GetBoolean());
        var id = social.GetProperty("id").GetString()!;
        Assert.True((await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"))).GetProperty("captionsBurnedIn").GetBoolean());

        var errors = await ErrorsAsync(await _http.PutAsJsonAsync($"/api/episodes/{id}", new { title = "Social", captions = false, captionsBurnedIn = true, scenes = new object[] { new { text = "Hi." } } }));
        Assert.Contains("Captions are off", Assert.Single(errors["captionsBurnedIn"]), StringComparison.Ordinal);
        Assert.True((await ReadAsync(await _http.GetAsync($"/api/episodes/{id}"))).GetProperty("captionsBurnedIn").GetBoolean()); // nothing stored

        var openApi = await _http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("captionsBurnedIn", openApi, StringComparison.Ordinal);
    }

    /// <summary>The catalog's default transition for a style, checked not to be "cut" so the tests can tell it from the fallback.</summary>
    private async Task<string> StyleTransitionAsync(string styleId)
    {
        var transition = (await ReadAsync(await _http.GetAsync($"/api/styles/{styleId}"))).GetProperty("defaultTransition").GetString()!;
        Assert.NotEqual("cut", transition);
        return transition;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    private static List<string> Texts(JsonElement episode) =>
        [.. episode.GetProperty("scenes").EnumerateArray().OrderBy(s => s.GetProperty("position").GetInt32()).Select(s => s.GetProperty("text").GetString()!)];

    public Task DisposeAsync()
    {
        _http.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _studio.Dispose();
}
