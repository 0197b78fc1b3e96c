using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace GenScene.Bench;

/// <summary>
/// Style previews through the real studio process: every seeded style's previews rendered cold (fresh
/// data directory) by the "Generate all" job, the stills alone requested all at once, and then the
/// latency of GET /api/styles/{id}/preview served from the cache.
/// </summary>
internal static class StylesBench
{
    public static async Task RunAsync(string repositoryRoot, string workDirectory, int requests = 200)
    {
        Console.WriteLine($"styles: real studio process (Release), {Environment.ProcessorCount} cores; cold = fresh data directory");

        await using (var stills = await BenchStudio.StartAsync(repositoryRoot, Path.Combine(workDirectory, "styles-stills")))
        {
            var ids = await IdsAsync(stills.Http);
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(ids.Select(id => stills.Http.GetByteArrayAsync($"/api/styles/{id}/preview")));
            Console.WriteLine($"styles: {ids.Count} stills cold (before + after PNG, 1280x720), all requested at once: {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s");
        }

        await using var studio = await BenchStudio.StartAsync(repositoryRoot, Path.Combine(workDirectory, "styles-all"));
        var all = await IdsAsync(studio.Http);
        var cold = Stopwatch.GetTimestamp();
        using (var accepted = await studio.Http.PostAsync("/api/styles/previews/generate-all", null))
        {
            accepted.EnsureSuccessStatusCode();
            var job = await accepted.Content.ReadFromJsonAsync<JsonElement>();
            // The event stream ends after the terminal state.
            var events = await studio.Http.GetStringAsync(job.GetProperty("eventsUrl").GetString());
            if (!events.Contains("\"succeeded\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the previews job did not succeed: {events}");
            }
        }
        Console.WriteLine($"styles: all {all.Count} previews cold by the Generate all job (before + after PNG and a 4 s 1280x720 H.264 clip each): " +
            $"{Stopwatch.GetElapsedTime(cold).TotalSeconds:0.00} s");

        var samples = new List<double>();
        for (var i = 0; i < requests + 20; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await studio.Http.GetAsync($"/api/styles/{all[i % all.Count]}/preview");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode || bytes.Length == 0)
            {
                throw new InvalidOperationException($"preview answered {(int)response.StatusCode} with {bytes.Length} bytes");
            }
            if (i >= 20) // warm-up: JIT, connection pool
            {
                samples.Add(elapsed);
            }
        }
        Console.WriteLine($"styles: cached GET /api/styles/{{id}}/preview (PNG of 0.1–1 MB, whole body read): {Percentiles.Summary(samples, "ms")}");
    }

    private static async Task<List<string>> IdsAsync(HttpClient http) =>
        [.. (await http.GetFromJsonAsync<JsonElement>("/api/styles")).EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
}
