using System.Diagnostics;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenScene.Studio.Tests.Infrastructure.Processes;

public sealed class ProcessRunnerTests
{
    private readonly ProcessRunner _runner = new(NullLogger<ProcessRunner>.Instance);

    [Fact]
    public async Task Arguments_reach_the_process_exactly_as_given_without_any_quoting()
    {
        string[] awkward = ["a b", "c'd", "\"e\"", "$HOME", "; rm -rf /", "", "ñandú"];
        var result = await _runner.RunAsync(new ProcessSpec("printf", ["[%s]\\n", .. awkward]), CancellationToken.None);

        Assert.Equal(awkward.Select(a => $"[{a}]"), result.StandardOutput.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Output_lines_are_streamed_while_the_process_still_runs()
    {
        using var temp = new TempDirectory();
        var go = temp.Combine("go");
        var seen = new List<string>();
        // The process prints "second" only after the test has reacted to "first": without streaming it never ends.
        await _runner.RunAsync(new ProcessSpec("sh", ["-c", "echo first; while [ ! -f \"$1\" ]; do sleep 0.02; done; echo second", "sh", go])
        {
            Timeout = TimeSpan.FromSeconds(30),
            OnOutputLine = line =>
            {
                seen.Add(line);
                if (line == "first") { File.WriteAllText(go, ""); }
            },
        }, CancellationToken.None);

        Assert.Equal(["first", "second"], seen);
    }

    [Fact]
    public async Task A_failing_process_raises_an_error_with_its_exit_code_and_the_end_of_stderr()
    {
        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(
            new ProcessSpec("sh", ["-c", "for i in $(seq 1 100); do echo noise $i >&2; done; echo 'Invalid data found' >&2; exit 3"]),
            CancellationToken.None));

        Assert.Equal(3, error.ExitCode);
        Assert.EndsWith("Invalid data found", error.StandardErrorTail);
        Assert.DoesNotContain("noise 1\n", error.StandardErrorTail); // only the tail is kept
        Assert.Contains("exited with code 3", error.Message);
        Assert.Contains("Invalid data found", error.Message);
    }

    [Fact]
    public async Task A_non_zero_exit_can_be_accepted_for_tools_that_report_that_way()
    {
        var result = await _runner.RunAsync(new ProcessSpec("sh", ["-c", "echo measured >&2; exit 1"]) { AllowNonZeroExit = true }, CancellationToken.None);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("measured", result.StandardErrorTail);
    }

    [Fact]
    public async Task A_missing_executable_says_which_one()
    {
        var error = await Assert.ThrowsAsync<ToolNotFoundException>(() =>
            _runner.RunAsync(new ProcessSpec("/nonexistent/ffmpeg", ["-version"]), CancellationToken.None));

        Assert.Contains("/nonexistent/ffmpeg", error.Message);
    }

    [Fact]
    public async Task A_timeout_stops_the_process_and_says_how_long_it_was_allowed()
    {
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ProcessTimeoutException>(() =>
            _runner.RunAsync(new ProcessSpec("sleep", ["30"]) { Timeout = TimeSpan.FromMilliseconds(300) }, CancellationToken.None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Contains("0.3 s", error.Message);
    }

    [Fact]
    public async Task Cancelling_kills_the_whole_process_tree()
    {
        var childPid = new TaskCompletionSource<int>();
        using var cancel = new CancellationTokenSource();
        // sh starts a grandchild sleep and reports its pid; killing only sh would leave the sleep behind.
        var run = _runner.RunAsync(new ProcessSpec("sh", ["-c", "sleep 60 & echo $!; wait"])
        {
            OnOutputLine = line => childPid.TrySetResult(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture)),
        }, cancel.Token);

        var pid = await childPid.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(Signals.IsAlive(pid));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        await WaitUntil(() => !Signals.IsAlive(pid), TimeSpan.FromSeconds(5));
        Assert.False(Signals.IsAlive(pid), $"grandchild {pid} survived the cancel");
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
