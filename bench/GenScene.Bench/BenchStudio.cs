using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace GenScene.Bench;

/// <summary>
/// The Release studio as a child process on a free loopback port, provisioned with an admin API key
/// and an admin user, so the benchmarks call the API and open pages the way real clients do.
/// </summary>
internal sealed class BenchStudio : IAsyncDisposable
{
    public const string AdminKey = "bench-admin-key-0123456789abcdef";
    public const string AdminUser = "admin";
    public const string AdminPassword = "bench-admin-password";
    private readonly Process _process;

    private BenchStudio(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Http = CreateClient();
        Http.Timeout = TimeSpan.FromMinutes(5);
    }

    public Uri BaseAddress { get; }

    /// <summary>A shared client that sends the admin key.</summary>
    public HttpClient Http { get; }

    public static async Task<BenchStudio> StartAsync(string repositoryRoot, string dataDirectory, params string[] settings)
    {
        var port = FreePort();
        var project = Path.Combine(repositoryRoot, "GenScene.Studio");
        var start = new ProcessStartInfo(Path.Combine(project, "bin", "Release", "net10.0", "GenScene.Studio"))
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])[
            "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDirectory, "--Logging:LogLevel:Default=Warning",
            "--GenScene:BootstrapApiKey", AdminKey, "--GenScene:BootstrapAdminPassword", AdminPassword,
            "--GenScene:JobRequestsPerMinute", "100000", .. settings])
        {
            start.ArgumentList.Add(argument);
        }
        var studio = new BenchStudio(Process.Start(start)!, port);
        // Drain the output so a chatty studio never blocks on a full pipe.
        studio._process.OutputDataReceived += (_, _) => { };
        studio._process.ErrorDataReceived += (_, _) => { };
        studio._process.BeginOutputReadLine();
        studio._process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = studio.BaseAddress };
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                return studio;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("the studio did not start listening");
    }

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Add("X-API-Key", AdminKey);
        return http;
    }

    /// <summary>Signs the page in as the admin through the real form.</summary>
    public async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(new Uri(BaseAddress, "/account/login").ToString());
        await page.FillAsync("#userName", AdminUser);
        await page.FillAsync("#password", AdminPassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(new Uri(BaseAddress, "/").ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
