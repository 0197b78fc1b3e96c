using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenScene.Studio.Tests.Features.Audio;
using GenScene.Studio.Tests.Infrastructure.Api.Fuzz;
using GenScene.Studio.Tests.TestSupport;
using Xunit.Abstractions;

namespace GenScene.Studio.Tests.Infrastructure.Api;

/// <summary>
/// Walks /openapi/v1.json and sends every operation hostile input (issue 21, "Every endpoint, fuzzed"): missing and
/// null bodies, wrong JSON types, huge strings, numbers out of range, unknown enum values, control characters and
/// right-to-left overrides, traversal and overlong path ids, wrong content types and truncated uploads. Against the
/// real process (Kestrel's own limits are part of what a client meets), with an admin key so every scope is in play.
/// </summary>
public sealed class EveryEndpointFuzzTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _samples = new("genscene-fuzz");
    private StudioProcess _studio = null!;

    public async Task InitializeAsync()
    {
        var files = new AudioServices().Files;
        await files.LavfiAsync(_samples.Combine("seed.png"), "testsrc2=size=160x90", "-frames:v", "1");
        await files.LavfiAsync(_samples.Combine("fuzz.png"), "testsrc2=size=120x80", "-frames:v", "1");
        await files.LavfiAsync(_samples.Combine("seed.wav"), "sine=frequency=440:duration=1", "-c:a", "pcm_s16le");
        await files.LavfiAsync(_samples.Combine("fuzz.wav"), "sine=frequency=660:duration=1", "-c:a", "pcm_s16le");
        // Every POST counts against the key's job rate; the fuzz is one key sending thousands.
        _studio = await StudioProcess.Start(null, "--GenScene:JobRequestsPerMinute=100000").WaitUntilListeningAsync();
    }

    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_4xx_problem_stays_healthy_and_changes_nothing_stored()
    {
        using var http = _studio.CreateClient();
        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = OpenApiOperations.Read(document);
        // The key the fuzz calls with: its webhook (PUT/DELETE /api/webhooks) is an edit of this key's row (ADR 0033).
        var callingKey = RawSqlite.Query(_studio.DataDirectory, "SELECT id FROM api_keys ORDER BY created_at LIMIT 1", r => r.GetString(0)).Single();
        var seeds = await SeedAsync(http);
        var healthBefore = (await http.GetAsync("/health")).StatusCode;
        var before = StoredState.Read(_studio.DataDirectory);

        var plan = new FuzzCases(document, seeds);
        var cases = operations.SelectMany(plan.For).ToList();
        var (answers, took) = await FuzzRun.SendAsync(_studio.BaseAddress, TestCredentials.AdminKey, cases);

        var healthAfter = (await http.GetAsync("/health")).StatusCode;
        var after = StoredState.Read(_studio.DataDirectory);
        var findings = answers.Select(a => (Answer: a, Finding: a.Finding())).Where(f => f.Finding is not null).ToList();

        output.WriteLine($"{operations.Count} operations, {cases.Count} requests in {took.TotalSeconds:0.0} s ({FuzzRun.Concurrency} at a time)");
        output.WriteLine("by status: " + string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine("operations without a case: " + string.Join(", ", operations.Where(o => !cases.Any(c => c.Operation == o.Name)).Select(o => o.Name)));
        output.WriteLine("added: " + string.Join(", ", before.AddedIn(after).Select(a => $"{a.Key} {a.Value}")));
        foreach (var group in findings.GroupBy(f => (f.Answer.Case.Operation, f.Finding)).OrderBy(g => g.Key.Operation, StringComparer.Ordinal))
        {
            var first = group.First().Answer;
            output.WriteLine($"FINDING {group.Key.Operation}: {group.Key.Finding} ×{group.Count()} " +
                $"[{string.Join("; ", group.Take(40).Select(f => $"{f.Answer.Case.Target}: {f.Answer.Case.Probe}"))}] {first.Excerpt}");
        }

        Assert.False(_studio.HasExited, "the studio stopped under the fuzz");
        Assert.Equal(healthBefore, healthAfter);
        Assert.Empty(findings.Select(f => $"{f.Answer.Case}: {f.Finding}"));
        // Valid edits the allow-list accepts change what they edit, and nothing else.
        var edited = answers.Where(a => a.Status is >= 200 and < 300 && a.Case.Method == HttpMethod.Put)
            .SelectMany(a => seeds.Ids.Values.Where(id => a.Case.Url.Contains(id, StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
        if (answers.Any(a => a.Status is >= 200 and < 300 && a.Case.Operation.TrimEnd('/') is "PUT /api/webhooks" or "DELETE /api/webhooks"))
        {
            edited.Add(callingKey);
        }
        Assert.Empty(before.LostOrChangedIn(after, edited));
    }

    /// <summary>Something of each kind stored before the fuzz (so that changes to it show), and valid requests to mutate.</summary>
    private async Task<FuzzSeeds> SeedAsync(HttpClient http)
    {
        var seeds = new FuzzSeeds();
        var asset = await UploadAsync(http, "/api/assets", "seed.png", "image/png", []);
        var jingle = await UploadAsync(http, "/api/jingles", "seed.wav", "audio/wav", new() { ["name"] = "Seed jingle", ["role"] = "intro" });
        var created = await http.PostAsJsonAsync("/api/episodes", new { title = "Seed episode", scenes = new[] { new { text = "Hello from the seed." } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var episode = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var voice = (await http.GetFromJsonAsync<JsonArray>("/api/voices"))![0]!.AsObject();
        var entryCreated = await http.PostAsJsonAsync("/api/lexicon", new { phrase = "Seedword", language = "en", alias = "seed word" });
        Assert.Equal(HttpStatusCode.Created, entryCreated.StatusCode);
        var entry = (await entryCreated.Content.ReadFromJsonAsync<JsonObject>())!;
        var style = (await http.GetFromJsonAsync<JsonArray>("/api/styles"))![0]!.AsObject();

        seeds.Ids["/api/episodes/{id}"] = (string)episode["id"]!;
        seeds.Ids["/api/voices/{id}"] = (string)voice["id"]!;
        seeds.Ids["/api/styles/{id}"] = (string)style["id"]!;
        seeds.Ids["/api/styles/previews/{category}"] = (string)style["category"]!;
        seeds.Ids["/api/assets/{id}"] = asset;
        seeds.Ids["/api/jingles/{id}"] = jingle;
        seeds.Ids["/api/lexicon/{id}"] = (string)entry["id"]!;

        // A PUT's valid body is what GET answers for the same thing: every field it reads, as stored.
        seeds.Bodies["PUT /api/episodes/{id}"] = episode;
        seeds.Bodies["PUT /api/lexicon/{id}"] = entry;
        seeds.Bodies["POST /api/lexicon"] = JsonNode.Parse("""{"phrase":"Fuzzword","language":"en","alias":"fuzz word","phonemes":"f'Vz","phonemeAlphabet":"espeak"}""")!;
        seeds.Bodies["PUT /api/voices/{id}"] = (await http.GetFromJsonAsync<JsonObject>($"/api/voices/{voice["id"]}"))!;
        var fullStyle = (await http.GetFromJsonAsync<JsonObject>($"/api/styles/{style["id"]}"))!;
        seeds.Bodies["PUT /api/styles/{id}"] = fullStyle;
        seeds.Bodies["PUT /api/styles/{id}/look"] = fullStyle["look"]!.DeepClone();
        var newStyle = fullStyle.DeepClone().AsObject();
        newStyle["id"] = "fuzz-style";
        newStyle["name"] = "Fuzz style";
        seeds.Bodies["POST /api/styles"] = newStyle;
        JsonNode NewEpisode() => JsonNode.Parse("""{"title":"Fuzz episode","scenes":[{"text":"Hello from the fuzz."}]}""")!;
        seeds.Bodies["POST /api/episodes"] = NewEpisode();
        seeds.Bodies["POST /api/compose"] = NewEpisode();
        seeds.Bodies["POST /api/tts"] = JsonNode.Parse("""{"text":"Hello from the fuzz."}""")!;
        seeds.Bodies["POST /api/keys"] = JsonNode.Parse("""{"name":"fuzz key","scopes":["read"]}""")!;
        seeds.Bodies["PUT /api/webhooks"] = JsonNode.Parse("""{"url":"https://hooks.example.com/fuzz"}""")!;

        // Contents not stored yet, so that an upload the fuzz should have refused would store something.
        seeds.Uploads["POST /api/assets"] = new("fuzz.png", await File.ReadAllBytesAsync(_samples.Combine("fuzz.png")), "image/png", new Dictionary<string, string>());
        seeds.Uploads["POST /api/jingles"] = new("fuzz.wav", await File.ReadAllBytesAsync(_samples.Combine("fuzz.wav")), "audio/wav",
            new Dictionary<string, string> { ["name"] = "Fuzz jingle", ["role"] = "outro" });
        return seeds;
    }

    private async Task<string> UploadAsync(HttpClient http, string path, string file, string contentType, Dictionary<string, string> fields)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(_samples.Combine(file)));
        content.Headers.ContentType = new(contentType);
        form.Add(content, "file", file);
        using var response = await http.PostAsync(path, form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public async Task DisposeAsync()
    {
        await _studio.DisposeAsync();
    }

    public void Dispose() => _samples.Dispose();
}
