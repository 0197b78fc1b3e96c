using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GenScene.Studio.Tests.TestSupport;

/// <summary>
/// The real studio as a child process: its own executable, Kestrel on 127.0.0.1 and a free port,
/// a temporary data directory. Used for browser tests and for what only a real process shows
/// (signals, exit codes, start-up failures).
/// </summary>
public sealed class StudioProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TempDirectory? _ownedData;

    private StudioProcess(Process process, Uri baseAddress, string dataDirectory, TempDirectory? ownedData)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        _ownedData = ownedData;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (_output) { _output.AppendLine(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (_output) { _output.AppendLine(e.Data); } } };
    }

    public Uri BaseAddress { get; }
    public string DataDirectory { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the studio wrote to stdout and stderr so far.</summary>
    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>Starts the studio; does not wait for it to listen (see <see cref="WaitUntilListeningAsync"/>).</summary>
    public static StudioProcess Start(string? dataDirectory = null, params string[] extraArguments)
    {
        var owned = dataDirectory is null ? new TempDirectory("genscene-studio") : null;
        var data = dataDirectory ?? owned!.Path;
        var port = FreePort();
        var info = new ProcessStartInfo(RepositoryPaths.StudioExecutable)
        {
            WorkingDirectory = RepositoryPaths.StudioProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] credentials = [.. TestCredentials.Settings.SelectMany(s => (string[])[$"--{s.Key}", s.Value])];
        foreach (var argument in (string[])["--urls", $"http://127.0.0.1:{port}", "--data-dir", data, .. credentials, .. extraArguments])
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = info };
        var studio = new StudioProcess(process, new Uri($"http://127.0.0.1:{port}/"), data, owned);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return studio;
    }

    /// <summary>A client of this studio that sends the bootstrap admin key.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-API-Key", TestCredentials.AdminKey);
        return client;
    }

    public async Task<StudioProcess> WaitUntilListeningAsync(TimeSpan? timeout = null)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The studio exited with code {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync("health");
                return this; // 200 or 503: it is listening
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"The studio did not listen within the timeout:\n{Output}");
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit(); // flushes the redirected output
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Signal(int signal) => Signals.Send(_process.Id, signal);

    /// <summary>Throws with the studio's output if it has exited (for waits that would otherwise run to their deadline).</summary>
    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The studio exited with code {_process.ExitCode}:\n{Output}");
        }
    }

    /// <summary>The process ids of the studio's direct children (ffmpeg, sleep) right now.</summary>
    public IReadOnlyList<int> ChildPids() => Signals.ChildPids(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _ownedData?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
