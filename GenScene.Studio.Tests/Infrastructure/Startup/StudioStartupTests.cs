using GenScene.Studio.Tests.TestSupport;

namespace GenScene.Studio.Tests.Infrastructure.Startup;

/// <summary>What only the real process shows: exit codes, the one-line reasons, signals.</summary>
[Collection(ProcessLifecycleTests.Name)]
public sealed class StudioStartupTests
{
    [Fact]
    public async Task A_bad_setting_stops_the_studio_with_a_message_naming_the_setting()
    {
        await using var studio = StudioProcess.Start(null, "--GenScene:ShutdownTimeoutSeconds=0");

        Assert.True(await studio.WaitForExitAsync(TimeSpan.FromSeconds(60)), studio.Output);
        Assert.Equal(1, studio.ExitCode);
        Assert.Contains("GenScene:ShutdownTimeoutSeconds must be between 1 and 3600", studio.Output);
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_written_stops_the_studio_with_one_line_naming_it()
    {
        using var temp = new TempDirectory();
        var blocker = temp.Combine("plain-file");
        File.WriteAllText(blocker, "");
        var dataDirectory = Path.Combine(blocker, "data");

        await using var studio = StudioProcess.Start(dataDirectory);

        Assert.True(await studio.WaitForExitAsync(TimeSpan.FromSeconds(60)), studio.Output);
        Assert.Equal(1, studio.ExitCode);
        var reason = Assert.Single(studio.Output.Split('\n'), line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains($"'{dataDirectory}' cannot be written", reason);
    }

    [Fact]
    public async Task SIGTERM_stops_the_studio_gracefully_within_its_shutdown_timeout_and_logs_it()
    {
        await using var studio = await StudioProcess.Start(null, "--GenScene:ShutdownTimeoutSeconds=7").WaitUntilListeningAsync();

        studio.Signal(Signals.SigTerm);

        Assert.True(await studio.WaitForExitAsync(TimeSpan.FromSeconds(7)), "still running after the shutdown timeout\n" + studio.Output);
        Assert.Equal(0, studio.ExitCode);
        Assert.Contains("Studio stopping; running work has up to 7 s to finish", studio.Output);
        Assert.Contains("Studio stopped gracefully", studio.Output);
    }

    [Fact]
    public async Task The_studio_writes_readable_console_lines_and_a_json_log_file_in_the_data_directory()
    {
        await using var studio = await StudioProcess.Start().WaitUntilListeningAsync();
        using var http = new HttpClient { BaseAddress = studio.BaseAddress };
        (await http.GetAsync("health")).Dispose();
        studio.Signal(Signals.SigTerm);
        await studio.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Matches(@"\[\d\d:\d\d:\d\d INF\] .*HTTP GET /health responded 200 in [\d.]+ ms", studio.Output);
        Assert.Single(Directory.GetFiles(Path.Combine(studio.DataDirectory, "logs"), "studio-*.json"));
        var request = StudioLogFile.Read(studio.DataDirectory).First(e => e.Template().StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal));
        Assert.Equal("/health", request.Text("RequestPath"));
        Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
    }
}
