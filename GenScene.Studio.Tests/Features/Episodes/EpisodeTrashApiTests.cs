using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Episodes;

/// <summary>DELETE puts an episode in the trash; it can be restored for 30 days, then the studio's cleanup purges it with its renders' files.</summary>
public sealed class EpisodeTrashApiTests : IAsyncLifetime, IDisposable
{
    private readonly StudioFactory _studio = new();
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = _studio.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_deleted_episode_is_gone_from_lists_and_reads_but_listed_in_the_trash_and_restored_whole()
    {
        var id = await CreateAsync("Harbour at dawn", "Boats rest in the harbour.", "Gulls circle over the market.");
        var kept = await CreateAsync("Lighthouse", "The keeper climbs the stairs.");

        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteAsync($"/api/episodes/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/episodes/{id}")).StatusCode);
        Assert.Equal([kept], Ids(await _http.GetFromJsonAsync<JsonElement>("/api/episodes")));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PutAsJsonAsync($"/api/episodes/{id}", new { title = "X", scenes = new object[] { new { text = "a" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsync($"/api/episodes/{id}/compose", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.DeleteAsync($"/api/episodes/{id}")).StatusCode); // already in the trash

        var trash = await _http.GetFromJsonAsync<JsonElement>("/api/episodes/trash");
        var entry = Assert.Single(trash.EnumerateArray());
        Assert.Equal(id, entry.GetProperty("id").GetString());
        Assert.Equal("Harbour at dawn", entry.GetProperty("title").GetString());
        var deletedAt = entry.GetProperty("deletedAt").GetDateTimeOffset();
        Assert.InRange(deletedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(deletedAt.AddDays(30), entry.GetProperty("purgeAt").GetDateTimeOffset());

        using var restored = await _http.PostAsync($"/api/episodes/{id}/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var episode = await _http.GetFromJsonAsync<JsonElement>($"/api/episodes/{id}");
        Assert.Equal(["Boats rest in the harbour.", "Gulls circle over the market."],
            episode.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Empty((await _http.GetFromJsonAsync<JsonElement>("/api/episodes/trash")).EnumerateArray());
        Assert.Equal(new[] { id, kept }.Order(StringComparer.Ordinal), Ids(await _http.GetFromJsonAsync<JsonElement>("/api/episodes")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Restoring_an_unknown_episode_is_404_and_one_not_in_the_trash_is_409_as_problem_json()
    {
        var id = await CreateAsync("Lighthouse", "The keeper climbs the stairs.");

        using var unknown = await _http.PostAsync("/api/episodes/nope/restore", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        using var notTrashed = await _http.PostAsync($"/api/episodes/{id}/restore", null);
        Assert.Equal(HttpStatusCode.Conflict, notTrashed.StatusCode);
        Assert.Contains("not in the trash", (await notTrashed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trash_and_restore_are_in_the_openapi_document()
    {
        var paths = (await _http.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        Assert.True(paths.GetProperty("/api/episodes/trash").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/episodes/{id}/restore").TryGetProperty("post", out _));
        Assert.Contains("trash", paths.GetProperty("/api/episodes/{id}").GetProperty("delete").GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task After_30_days_in_the_trash_the_cleanup_purges_an_episode_with_its_renders_files_and_keeps_younger_ones()
    {
        var old = await CreateAsync("Old harbour", "Boats.");
        var young = await CreateAsync("Young harbour", "Gulls.");
        using var accepted = await _http.PostAsync($"/api/episodes/{old}/compose", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var jobId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var job = await _studio.Services.GetRequiredService<JobQueries>().WaitForAsync(jobId, j => j.State.IsTerminal(), TimeSpan.FromMinutes(4));
        Assert.Equal(JobState.Succeeded, job.State);
        var renderFiles = Path.Combine(_studio.DataDirectory, "media", "jobs", jobId);
        Assert.True(File.Exists(Path.Combine(renderFiles, "episode.mp4")));
        await _http.DeleteAsync($"/api/episodes/{old}");
        await _http.DeleteAsync($"/api/episodes/{young}");
        RawSqlite.Execute(_studio.DataDirectory, "UPDATE episodes SET deleted_at = $at WHERE id = $id", ("$at", DateTimeOffset.UtcNow.AddDays(-31).ToUnixTimeMilliseconds()), ("$id", old));
        RawSqlite.Execute(_studio.DataDirectory, "UPDATE episodes SET deleted_at = $at WHERE id = $id", ("$at", DateTimeOffset.UtcNow.AddDays(-29).ToUnixTimeMilliseconds()), ("$id", young));

        await _studio.Services.GetRequiredService<JobHousekeeping>().CleanUpAsync(CancellationToken.None);

        Assert.Equal([young], Ids(await _http.GetFromJsonAsync<JsonElement>("/api/episodes/trash")));
        Assert.False(Directory.Exists(renderFiles), "the render's video went with the episode");
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/jobs/{jobId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsync($"/api/episodes/{old}/restore", null)).StatusCode);
        Assert.Equal(0, RawSqlite.Scalar(_studio.DataDirectory, "SELECT count(*) FROM scenes WHERE episode_id NOT IN (SELECT id FROM episodes)"));
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsync($"/api/episodes/{young}/restore", null)).StatusCode);
    }

    private async Task<string> CreateAsync(string title, params string[] texts)
    {
        using var created = await _http.PostAsJsonAsync("/api/episodes", new { title, scenes = texts.Select(t => new { text = t }).ToArray() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static string[] Ids(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _http.Dispose();
        _studio.Dispose();
    }
}
