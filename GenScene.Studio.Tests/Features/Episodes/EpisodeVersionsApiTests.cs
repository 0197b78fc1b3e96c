using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Tests.TestSupport;
using static GenScene.Studio.Tests.TestSupport.EditVersionChecks;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>Two scripts editing one episode over HTTP: the one that edited an older version is told, and nothing of the other's is lost.</summary>
public sealed class EpisodeVersionsApiTests : IDisposable
{
    private readonly StudioFactory _studio = new();

    [Fact]
    public async Task A_put_with_a_stale_if_match_is_412_naming_the_current_version_and_writes_nothing()
    {
        var http = _studio.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/episodes", new { title = "Market day", scenes = new[] { new { text = "Stalls open." } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var read = await http.GetAsync($"/api/episodes/{id}");
        Assert.Equal("\"1\"", ETagOf(read));
        Assert.Equal(1, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        // The first script saves on version 1...
        using var first = await PutAsync(http, $"/api/episodes/{id}", Body("Stalls open at seven."), "\"1\"");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", ETagOf(first));
        var saved = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, saved.GetProperty("version").GetInt32());
        Assert.False(string.IsNullOrEmpty(saved.GetProperty("updatedBy").GetString())); // the API key's name

        // ...the second one, also on version 1, is refused and told which version is there now.
        using var second = await PutAsync(http, $"/api/episodes/{id}", Body("Stalls are closed."), "\"1\"");
        await AssertStaleAsync(second, 2);
        Assert.Equal("Stalls open at seven.", await SceneTextAsync(http, id!));

        // A client that sends no If-Match (older scripts) is still accepted, on whatever version is stored.
        using var blind = await PutAsync(http, $"/api/episodes/{id}", Body("Stalls open at eight."), null);
        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        Assert.Equal("\"3\"", ETagOf(blind));
        Assert.Equal("Stalls open at eight.", await SceneTextAsync(http, id!));
    }

    [Fact]
    public async Task A_delete_with_a_stale_if_match_is_412_and_the_episode_stays()
    {
        var http = _studio.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/episodes", new { title = "Harbour", scenes = new[] { new { text = "Boats." } } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal("\"1\"", ETagOf(created));
        using (var edited = await PutAsync(http, $"/api/episodes/{id}", Body("Boats and gulls."), null))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        using var stale = await DeleteAsync(http, $"/api/episodes/{id}", "\"1\"");
        await AssertStaleAsync(stale, 2);
        Assert.Equal("Boats and gulls.", await SceneTextAsync(http, id!));

        using var current = await DeleteAsync(http, $"/api/episodes/{id}", "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, current.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/episodes/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_says_which_operations_take_if_match_and_answer_412()
    {
        var document = await _studio.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var put = document.GetProperty("paths").GetProperty("/api/episodes/{id}").GetProperty("put");
        Assert.Contains(put.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match");
        Assert.True(put.GetProperty("responses").TryGetProperty("412", out _));
        var get = document.GetProperty("paths").GetProperty("/api/episodes/{id}").GetProperty("get");
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
    }

    private static object Body(string text) => new { title = "Market day", scenes = new[] { new { text } } };

    private static async Task<string?> SceneTextAsync(HttpClient http, string id) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/episodes/{id}")).GetProperty("scenes")[0].GetProperty("text").GetString();

    public void Dispose() => _studio.Dispose();
}
