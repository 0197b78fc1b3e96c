using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs;

/// <summary>Who made a job, what it is called and what it belongs to, over HTTP and in the services pages use.</summary>
public sealed class JobOwnershipTests
{
    [Fact]
    public async Task Jobs_queued_with_a_key_carry_its_name_a_readable_title_and_a_link_beside_the_fields_they_always_had()
    {
        await using var studio = new StudioFactory();
        var created = await studio.Services.GetRequiredService<ApiKeyService>().CreateAsync("shop-script", ["generate"], CancellationToken.None);
        using var script = studio.CreateClientWithKey(created.Secret);

        var speech = await (await script.PostAsJsonAsync("/api/tts", new { text = "Hola, bienvenidos a la tienda de frutas." })).Content.ReadFromJsonAsync<JsonElement>();
        var speechJob = speech.GetProperty("jobId").GetString()!;
        var job = await script.GetFromJsonAsync<JsonElement>($"/api/jobs/{speechJob}");
        Assert.Equal("tts", job.GetProperty("kind").GetString());
        Assert.Equal("Speech: 'Hola, bienvenidos a la tienda de frutas.'", job.GetProperty("title").GetString());
        Assert.Equal("shop-script", job.GetProperty("createdBy").GetString());
        Assert.Equal($"/speech?result={speechJob}", job.GetProperty("link").GetString());
        foreach (var field in new[] { "id", "state", "progress", "stage", "attempts", "maxAttempts", "error", "createdAt", "startedAt", "finishedAt", "files" })
        {
            Assert.True(job.TryGetProperty(field, out _), $"the job lost its '{field}'");
        }

        var episode = await (await script.PostAsJsonAsync("/api/episodes", new { title = "La tienda de frutas", scenes = new[] { new { text = "Gracias por su visita." } } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var episodeId = episode.GetProperty("id").GetString()!;
        var compose = await (await script.PostAsync($"/api/episodes/{episodeId}/compose", null)).Content.ReadFromJsonAsync<JsonElement>();
        var composeJob = compose.GetProperty("jobId").GetString()!;
        var listed = (await script.GetFromJsonAsync<JsonElement>("/api/jobs")).EnumerateArray().Single(j => j.GetProperty("id").GetString() == composeJob);
        Assert.Equal("episode.compose", listed.GetProperty("kind").GetString());
        Assert.Equal("Compose 'La tienda de frutas'", listed.GetProperty("title").GetString());
        Assert.Equal($"/episodes/{episodeId}", listed.GetProperty("link").GetString());
        Assert.Equal("shop-script", listed.GetProperty("createdBy").GetString());

        // The speech result is the key's too: "mine" for that key, nobody else's.
        await studio.Services.GetRequiredService<JobQueries>().WaitForAsync(speechJob, j => j.State == JobState.Succeeded, TimeSpan.FromMinutes(1));
        var history = studio.Services.GetRequiredService<SpeechHistory>();
        var mine = await history.RecentAsync($"api-key:{created.Key.Id}", 10, CancellationToken.None);
        Assert.Equal("shop-script", Assert.Single(mine, r => r.JobId == speechJob).CreatedByName);
        Assert.DoesNotContain(await history.RecentAsync("user:someone-else", 10, CancellationToken.None), r => r.JobId == speechJob);
    }

    [Fact]
    public async Task A_sample_like_a_voices_listen_is_heard_but_is_not_recent_speech()
    {
        await using var studio = new StudioFactory();
        var (payload, _) = await studio.Services.GetRequiredService<SpeechRequestValidator>()
            .ValidateAsync(new SpeechRequest("Hello, I am Oliver. This is how I sound."), CancellationToken.None);
        var queued = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(TtsJobHandler.JobKind, payload!, null, CancellationToken.None)).Job;

        var done = await studio.Services.GetRequiredService<JobQueries>().WaitForAsync(queued.Id, j => j.State == JobState.Succeeded, TimeSpan.FromMinutes(1));

        Assert.Contains(done.Files, f => f.Name == "tts.wav"); // it was spoken and can be played
        Assert.Equal("Listen: 'Hello, I am Oliver. This is how I sound.'", done.Title);
        Assert.Null(done.Link);
        Assert.DoesNotContain(await studio.Services.GetRequiredService<SpeechHistory>().RecentAsync(null, 100, CancellationToken.None), r => r.JobId == queued.Id);
    }

    [Fact]
    public async Task Render_checks_are_started_for_admins_and_refused_to_creators()
    {
        await using var studio = new StudioFactory();
        var starter = studio.Services.GetRequiredService<RenderCheckStarter>();
        ClaimsPrincipal Person(string role) => UserAccounts.PrincipalFor(new StudioUser { Id = role, UserName = role, NormalizedUserName = role.ToUpperInvariant(), Role = role });

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => starter.StartAsync(Person(StudioRoles.Creator), new RenderCheckPayload(1), CancellationToken.None));
        var job = await starter.StartAsync(Person(StudioRoles.Admin), new RenderCheckPayload(1), CancellationToken.None);

        Assert.Equal("Render check (1 s)", job.Title);
    }
}
