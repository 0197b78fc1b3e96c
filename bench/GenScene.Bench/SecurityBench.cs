using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScene.Studio.Data;
using GenScene.Studio.Data.Versioning;
using GenScene.Studio.Features.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Bench;

/// <summary>
/// Requests per second on loopback for GET /api/jobs/{id} (with a valid key) and GET /health, by
/// wrk against the Release studio process; and what checking a key costs per request, measured on
/// the real key ring (SHA-256 and a constant-time comparison with every unrevoked key).
/// </summary>
internal static partial class SecurityBench
{
    public static async Task RunAsync(string repositoryRoot, string workDirectory)
    {
        await KeyCheckCostAsync(Path.Combine(workDirectory, "ring"));
        await using var studio = await BenchStudio.StartAsync(repositoryRoot, Path.Combine(workDirectory, "studio"));
        using var http = studio.CreateClient();
        var accepted = await (await http.PostAsJsonAsync("/api/tts", new { text = "A job to read." })).Content.ReadFromJsonAsync<JsonElement>();
        var jobId = accepted.GetProperty("jobId").GetString()!;
        await http.GetStringAsync($"/api/jobs/{jobId}/events"); // until it ends

        // A first pass warms the JIT (tiered compilation), the connection pools and the compiled query.
        await WrkAsync(new Uri(studio.BaseAddress, $"/api/jobs/{jobId}"), connections: 64, withKey: true);
        var job = await WrkAsync(new Uri(studio.BaseAddress, $"/api/jobs/{jobId}"), connections: 64, withKey: true);
        Console.WriteLine($"security: GET /api/jobs/{{id}} with X-API-Key, wrk 2 threads 64 connections 10 s: {job.RequestsPerSecond:N0} requests/s, latency p50 {job.P50}, p99 {job.P99}");
        var refused = await WrkAsync(new Uri(studio.BaseAddress, $"/api/jobs/{jobId}"), connections: 64, withKey: false);
        Console.WriteLine($"security: the same without a key (401 problem+json): {refused.RequestsPerSecond:N0} requests/s, latency p50 {refused.P50}");
        // /health runs its checks live (ffmpeg, ffprobe and espeak-ng are started each time), so few connections.
        var health = await WrkAsync(new Uri(studio.BaseAddress, "/health"), connections: 4, withKey: false);
        Console.WriteLine($"security: GET /health (live tool checks), wrk 2 threads 4 connections 10 s: {health.RequestsPerSecond:N0} requests/s, latency p50 {health.P50}");
    }

    /// <summary>The median cost of one key check with 20 unrevoked keys, in microseconds.</summary>
    private static async Task KeyCheckCostAsync(string dataDirectory)
    {
        using var host = await JobsHost.StartAsync(dataDirectory, runner: false);
        var contexts = host.Services.GetRequiredService<IDbContextFactory<StudioDbContext>>();
        using var ring = new ApiKeyRing(contexts, TimeProvider.System, NullLogger<ApiKeyRing>.Instance);
        var keys = new ApiKeyService(contexts, ring, TimeProvider.System, host.Services.GetRequiredService<EditNotifier>(), NullLogger<ApiKeyService>.Instance);
        string secret = "";
        for (var i = 0; i < 20; i++)
        {
            secret = (await keys.CreateAsync($"key {i}", ["read"], CancellationToken.None)).Secret;
        }
        await ring.VerifyAsync(secret, CancellationToken.None); // loads the ring
        var samples = new List<double>();
        for (var round = 0; round < 50; round++)
        {
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < 2000; i++)
            {
                await ring.VerifyAsync(secret, CancellationToken.None);
            }
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds / 2000);
        }
        Console.WriteLine($"security: one API key check (SHA-256 + constant-time compare with 20 keys, no database read): median {Percentiles.Of(samples, 50):0.00} µs");
    }

    private sealed record WrkResult(double RequestsPerSecond, string P50, string P99);

    private static async Task<WrkResult> WrkAsync(Uri url, int connections, bool withKey)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-t2", $"-c{connections}", "-d10s", "--latency", .. withKey ? (string[])["-H", $"X-API-Key: {BenchStudio.AdminKey}"] : [], url.ToString()])
        {
            start.ArgumentList.Add(argument);
        }
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (bench/run.sh installs it)");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rate = RequestsPerSecond().Match(output);
        if (!rate.Success)
        {
            throw new InvalidOperationException($"wrk printed no rate:\n{output}{await wrk.StandardError.ReadToEndAsync()}");
        }
        return new WrkResult(double.Parse(rate.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            Latency50().Match(output).Groups[1].Value, Latency99().Match(output).Groups[1].Value);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"\s50%\s+(\S+)")]
    private static partial Regex Latency50();

    [GeneratedRegex(@"\s99%\s+(\S+)")]
    private static partial Regex Latency99();
}
