using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs;

public sealed class JobFilesTests
{
    [Fact]
    public async Task A_succeeded_jobs_registered_file_is_served_with_etag_and_ranges_and_nothing_else_is()
    {
        await using var studio = new StudioFactory();
        using var http = studio.CreateClient();
        var id = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(1), null, CancellationToken.None)).Job.Id;
        var job = await studio.Services.GetRequiredService<JobQueries>().WaitForAsync(id, j => j.State.IsTerminal());
        Assert.Equal(JobState.Succeeded, job.State);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(studio.DataDirectory, "media", "jobs", id, "render-check.mp4"));

        var described = Assert.Single((await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("files").EnumerateArray());
        Assert.Equal("render-check.mp4", described.GetProperty("name").GetString());
        Assert.Equal("video/mp4", described.GetProperty("contentType").GetString());
        Assert.Equal(onDisk.Length, described.GetProperty("bytes").GetInt64());
        var url = described.GetProperty("url").GetString()!;
        Assert.Equal($"/files/{id}/render-check.mp4", url);

        using var whole = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("video/mp4", whole.Content.Headers.ContentType?.MediaType);
        var etag = whole.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal(onDisk, await whole.Content.ReadAsByteArrayAsync());

        using var rangeRequest = new HttpRequestMessage(HttpMethod.Get, url);
        rangeRequest.Headers.Range = new RangeHeaderValue(0, 99);
        using var range = await http.SendAsync(rangeRequest);
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal($"bytes 0-99/{onDisk.Length}", range.Content.Headers.ContentRange?.ToString());
        Assert.Equal(onDisk[..100], await range.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        // A file lying in the job's directory but never registered is not served; nor are escapes from it.
        await File.WriteAllTextAsync(Path.Combine(studio.DataDirectory, "media", "jobs", id, "secret.txt"), "not registered");
        foreach (var path in RefusedPaths(id, studio.DataDirectory))
        {
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.False(body.AsSpan().StartsWith("SQLite format 3"u8), path);
            Assert.False(body.AsSpan().StartsWith("not registered"u8), path);
        }
    }

    [Fact]
    public async Task Traversal_spellings_sent_byte_for_byte_to_the_real_studio_get_404()
    {
        using var data = new TempDirectory("genscene-files");
        await using var studio = await StudioProcess.Start(data.Path).WaitUntilListeningAsync();
        await using var enqueuer = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?> { ["Jobs:RunnerEnabled"] = "false" });
        var id = (await enqueuer.Queue.EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(1), null, CancellationToken.None)).Job.Id;
        await enqueuer.WaitForAsync(id, j => j.State == JobState.Succeeded, check: studio.ThrowIfExited);
        await File.WriteAllTextAsync(Path.Combine(data.Path, "media", "jobs", id, "secret.txt"), "not registered");

        var (okStatus, _) = await RawGetAsync(studio.BaseAddress, $"/files/{id}/render-check.mp4");
        Assert.Equal(200, okStatus);
        // Spellings a client library would normalize away are sent here exactly as written.
        string[] raw =
        [
            .. RefusedPaths(id, data.Path),
            $"/files/{id}/%2e%2e",
            $"/files/{id}/%2e%2e/%2e%2e/studio.db",
            $"/files/{id}/%2E%2E%2Fstudio.db",
            $"/files/%2e%2e/studio.db",
            $"/files/{id}/../secret.txt",
            $"/files/{id}/..\\..\\studio.db",
            $"/files/{id}/%252e%252e%252fstudio.db",
            $"/files/{id}/render-check.mp4%00.db",
        ];
        foreach (var path in raw)
        {
            var (status, body) = await RawGetAsync(studio.BaseAddress, path);
            Assert.False(body.Contains("SQLite format 3", StringComparison.Ordinal), path);
            Assert.False(body.Contains("not registered", StringComparison.Ordinal), path);
            Assert.True(status is 404 or 400, $"{path}: {status}");
        }
    }

    private static string[] RefusedPaths(string id, string dataDirectory) =>
    [
        $"/files/{id}/secret.txt",
        $"/files/{id}/missing.mp4",
        $"/files/{id}/..%2fstudio.db",
        $"/files/{id}/..%2F..%2F..%2Fstudio.db",
        $"/files/{id}/%2e%2e%2fstudio.db",
        $"/files/{id}/%2fetc%2fpasswd",
        $"/files/{id}/%2F{dataDirectory.TrimStart('/').Replace("/", "%2F", StringComparison.Ordinal)}%2Fstudio.db",
        $"/files/{id}/.hidden",
        $"/files/..%2f..%2f{id}/render-check.mp4",
        "/files/no-such-job/render-check.mp4",
    ];

    /// <summary>One HTTP/1.1 GET written to the socket by hand: the request target arrives byte for byte.</summary>
    private static async Task<(int Status, string Body)> RawGetAsync(Uri server, string target)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = System.Text.Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nX-API-Key: {TestCredentials.AdminKey}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await reader.ReadToEndAsync(deadline.Token);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var bodyStart = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyStart < 0 ? "" : response[(bodyStart + 4)..]);
    }
}
