using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GenScene.Bench;

/// <summary>
/// The real studio (Release build) as a child process on a free port and its own data directory,
/// with an HttpClient pointed at it: what the benches measure through the whole HTTP pipeline.
/// </summary>
internal sealed class StudioServer : IAsyncDisposable
{
    /// <summary>Sent on every request and provisioned at start, so the benches keep working once /api needs a key (API.md).</summary>
    private const string ApiKey = "genscene-bench-key";

    private readonly Process _process;

    private StudioServer(Process process, int port)
    {
        _process = process;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        Http.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
    }

    public int Port { get; }
    public HttpClient Http { get; }

    public static async Task<StudioServer> StartAsync(string repositoryRoot, string dataDirectory)
    {
        var port = FreePort();
        var project = Path.Combine(repositoryRoot, "GenScene.Studio");
        var process = Process.Start(new ProcessStartInfo(Path.Combine(project, "bin", "Release", "net9.0", "linux-x64", "GenScene.Studio"))
        {
            WorkingDirectory = project,
            ArgumentList =
            {
                "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDirectory, "--Logging:LogLevel:Default=Warning",
                $"--GenScene:BootstrapApiKey={ApiKey}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var server = new StudioServer(process, port);
        for (var i = 0; i < 300 && !await server.IsUpAsync(); i++)
        {
            await Task.Delay(100);
        }
        return server;
    }

    private async Task<bool> IsUpAsync()
    {
        try
        {
            using var response = await Http.GetAsync(new Uri("/health", UriKind.Relative));
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
