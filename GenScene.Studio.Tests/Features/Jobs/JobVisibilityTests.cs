using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs;

/// <summary>A key reads its own jobs and files; another key's are 404 to it; admins see everything.</summary>
public sealed class JobVisibilityTests
{
    [Fact]
    public async Task A_key_sees_only_the_jobs_it_started_and_an_admin_sees_all()
    {
        await using var studio = new StudioFactory();
        using var admin = studio.CreateClient();
        var keys = studio.Services.GetRequiredService<ApiKeyService>();
        using var alice = studio.CreateClientWithKey((await keys.CreateAsync("alice", ["generate"], CancellationToken.None)).Secret);
        using var bob = studio.CreateClientWithKey((await keys.CreateAsync("bob", ["generate"], CancellationToken.None)).Secret);

        var accepted = await (await alice.PostAsJsonAsync("/api/tts", new { text = "Alice's words." })).Content.ReadFromJsonAsync<JsonElement>();
        var job = accepted.GetProperty("jobId").GetString()!;
        await studio.Services.GetRequiredService<JobQueries>().WaitForAsync(job, j => j.State == JobState.Succeeded, TimeSpan.FromMinutes(1));
        var file = (await alice.GetFromJsonAsync<JsonElement>($"/api/jobs/{job}")).GetProperty("files")[0].GetProperty("url").GetString()!;

        using (var own = await alice.GetAsync(file))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }
        Assert.Contains(job, await alice.GetStringAsync("/api/jobs"), StringComparison.Ordinal);
        foreach (var path in new[] { $"/api/jobs/{job}", file, $"/api/jobs/{job}/auth", $"/api/jobs/{job}/events" })
        {
            using var response = await bob.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
        using (var retry = await bob.PostAsync($"/api/jobs/{job}/retry", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
        }
        Assert.DoesNotContain(job, await bob.GetStringAsync("/api/jobs"), StringComparison.Ordinal);

        Assert.Contains(job, await admin.GetStringAsync("/api/jobs"), StringComparison.Ordinal);
        using var seen = await admin.GetAsync(file);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
    }
}
