using System.Collections.Concurrent;
using System.Diagnostics;

namespace GenScene.Studio.Tests.Infrastructure.Api.Fuzz;

/// <summary>Sends the cases to one studio, a few at a time, and keeps every answer.</summary>
public static class FuzzRun
{
    public const int Concurrency = 8;

    public static async Task<(IReadOnlyList<FuzzAnswer> Answers, TimeSpan Took)> SendAsync(Uri baseAddress, string apiKey, IReadOnlyList<FuzzCase> cases)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency, AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        var answers = new ConcurrentBag<FuzzAnswer>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (fuzz, ct) =>
        {
            using var request = fuzz.ToRequest(baseAddress);
            try
            {
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                var body = await ReadSomeAsync(response, ct);
                answers.Add(new FuzzAnswer(fuzz, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
            }
            catch (HttpRequestException ex)
            {
                answers.Add(new FuzzAnswer(fuzz, 0, null, "", ex.Message));
            }
            catch (TaskCanceledException ex)
            {
                answers.Add(new FuzzAnswer(fuzz, 0, null, "", "timed out: " + ex.Message));
            }
        });
        return ([.. answers], clock.Elapsed);
    }

    /// <summary>The first 64 KB of the answer: enough to see a stack trace, without reading a whole file or stream.</summary>
    private static async Task<string> ReadSomeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            return "";
        }
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[64 * 1024];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0)
        {
            read += n;
        }
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }
}
