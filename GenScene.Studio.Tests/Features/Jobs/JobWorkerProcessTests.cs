using System.Globalization;
using System.Text.Json;
using GenScene.Studio.Features.Jobs.RenderChecks;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Tests.Features.Jobs;

/// <summary>
/// The real studio executable as a job runner (worker mode, or the web studio) on a data directory
/// shared with an in-process host that only queues and reads (Jobs:RunnerEnabled=false).
/// </summary>
[Collection(ProcessLifecycleTests.Name)]
public sealed class JobWorkerProcessTests
{
    private const int LongJobSeconds = 20;
    private static readonly Dictionary<string, string?> NoRunner = new() { ["Jobs:RunnerEnabled"] = "false" };

    [Fact]
    public async Task A_job_whose_worker_is_killed_mid_job_runs_again_elsewhere_and_only_its_complete_file_is_registered()
    {
        using var data = new TempDirectory("genscene-worker");
        await using var studio = await JobsHost.StartAsync(data.Path, NoRunner);
        var orphans = new List<int>();
        string id;
        await using (var worker = StudioProcess.Start(data.Path, "--worker", "--Jobs:LeaseSeconds=2"))
        {
            id = await EnqueueRenderCheckAsync(studio, LongJobSeconds, paced: true);
            var running = await studio.WaitForAsync(id, j => j.State == JobState.Running && j.Progress > 0, check: worker.ThrowIfExited);
            Assert.Equal(worker.Pid.ToString(CultureInfo.InvariantCulture), running.LeaseOwner!.Split('/')[1]);
            orphans.AddRange(worker.ChildPids());
            Assert.NotEmpty(orphans); // its ffmpeg

            worker.Signal(Signals.SigKill);
            Assert.True(await worker.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        }
        try
        {
            Assert.Equal(JobState.Running, (await studio.Queries.FindAsync(id, false, CancellationToken.None))!.State);

            await using var rescuer = await JobsHost.StartAsync(data.Path, new Dictionary<string, string?> { ["Jobs:LeaseSeconds"] = "2" });
            var done = await rescuer.WaitForAsync(id, j => j.State.IsTerminal(), TimeSpan.FromSeconds(180));

            Assert.Equal(JobState.Succeeded, done.State);
            Assert.Equal(2, done.Attempts);
            var claims = done.Events.Where(e => e.State == JobState.Running && e.Stage is null).ToList(); // the others are stage changes
            Assert.Equal(["attempt 1 of 3", "attempt 2 of 3"], claims.Select(e => e.Message![..14]));
            Assert.Contains(done.Events, e => e.State == JobState.Queued && e.Message!.Contains("stopped renewing its lease", StringComparison.Ordinal));
            Assert.Equal(rescuer.Runner.Owner, claims[1].Worker); // kept beside the message, which people read

            var file = Assert.Single(done.Files);
            Assert.Equal("render-check.mp4", file.Name);
            var path = Path.Combine(data.Path, "media", "jobs", id, "render-check.mp4");
            Assert.Equal(new FileInfo(path).Length, file.Bytes);
            Assert.InRange(await ProbeDurationAsync(path), LongJobSeconds - 0.1, LongJobSeconds + 0.1);
            Assert.Equal(1, RawSqlite.Scalar(data.Path, "SELECT count(*) FROM job_files"));
            Assert.Equal([path], Directory.GetFiles(Path.Combine(data.Path, "media"), "*", SearchOption.AllDirectories));
        }
        finally
        {
            foreach (var pid in orphans.Where(Signals.IsAlive))
            {
                Signals.Send(pid, Signals.SigKill);
            }
        }
    }

    [Theory]
    [InlineData("worker", "--worker", "--Jobs:WorkerShutdownTimeoutSeconds=4")]
    [InlineData("web studio", "--GenScene:ShutdownTimeoutSeconds=4")]
    public async Task SIGTERM_during_a_job_longer_than_the_shutdown_timeout_releases_it_to_the_queue_without_counting_the_attempt(string mode, params string[] arguments)
    {
        using var data = new TempDirectory("genscene-worker");
        await using var studio = await JobsHost.StartAsync(data.Path, NoRunner);
        await using var process = StudioProcess.Start(data.Path, arguments);
        var id = await EnqueueRenderCheckAsync(studio, LongJobSeconds, paced: true);
        await studio.WaitForAsync(id, j => j.State == JobState.Running && j.Progress > 0, check: process.ThrowIfExited);
        var tools = process.ChildPids();
        Assert.NotEmpty(tools);

        process.Signal(Signals.SigTerm);

        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(60)), $"{mode} still running\n{process.Output}");
        Assert.True(process.ExitCode == 0, $"{mode} exited with {process.ExitCode}\n{process.Output}");
        var released = (await studio.Queries.FindAsync(id, withEvents: true, CancellationToken.None))!;
        Assert.True(released.State == JobState.Queued, $"{mode} left the job {released.State.Name()}\n{process.Output}");
        Assert.Equal(0, released.Attempts);
        Assert.Null(released.LeaseOwner);
        Assert.Null(released.LeaseExpiresAt);
        Assert.Equal("released: the worker is shutting down", released.Events[^1].Message);
        Assert.Contains("released to the queue at shutdown", process.Output, StringComparison.Ordinal);
        Assert.All(tools, pid => Assert.False(Signals.IsAlive(pid), $"tool {pid} still runs"));
        Assert.Empty(Directory.GetFiles(Path.Combine(data.Path, "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SIGTERM_during_a_job_that_finishes_within_the_worker_shutdown_timeout_lets_it_succeed()
    {
        using var data = new TempDirectory("genscene-worker");
        await using var studio = await JobsHost.StartAsync(data.Path, NoRunner);
        await using var worker = StudioProcess.Start(data.Path, "--worker", "--Jobs:WorkerShutdownTimeoutSeconds=120");
        var id = await EnqueueRenderCheckAsync(studio, 4, paced: true);
        await studio.WaitForAsync(id, j => j.State == JobState.Running && j.Progress > 0, check: worker.ThrowIfExited);

        worker.Signal(Signals.SigTerm);

        Assert.True(await worker.WaitForExitAsync(TimeSpan.FromSeconds(120)), worker.Output);
        Assert.Equal(0, worker.ExitCode);
        var done = (await studio.Queries.FindAsync(id, withEvents: false, CancellationToken.None))!;
        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal(1, done.Attempts);
        Assert.Equal("render-check.mp4", Assert.Single(done.Files).Name);
        Assert.Contains("for 1 running jobs to finish", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_lines_written_during_a_job_in_the_real_studio_carry_its_job_id()
    {
        using var data = new TempDirectory("genscene-worker");
        await using var studio = await JobsHost.StartAsync(data.Path, NoRunner);
        await using var worker = StudioProcess.Start(data.Path, "--worker", "--Logging:LogLevel:GenScene.Studio.Infrastructure.Processes=Debug",
            "--Logging:LogLevel:GenScene.Studio.Infrastructure.Media=Debug");
        var id = await EnqueueRenderCheckAsync(studio, 1, paced: false);
        var other = await EnqueueRenderCheckAsync(studio, 1, paced: false);
        await studio.WaitForAsync(id, j => j.State == JobState.Succeeded, check: worker.ThrowIfExited);
        await studio.WaitForAsync(other, j => j.State == JobState.Succeeded, check: worker.ThrowIfExited);
        worker.Signal(Signals.SigTerm);
        Assert.True(await worker.WaitForExitAsync(TimeSpan.FromSeconds(60)));

        var lines = StudioLogFile.Read(data.Path);
        var ofJob = lines.Where(l => JobIdOf(l) == id).ToList();

        // ProcessRunner and MediaProbe know nothing of jobs: the id on their lines comes from the runner's log scope.
        var tools = ofJob.Where(l => l.Text("SourceContext") is { } source
            && (source == typeof(ProcessRunner).FullName || source == typeof(MediaProbe).FullName)).ToList();
        Assert.True(tools.Count >= 2, $"ffmpeg's start line and ffprobe's probe line of job {id}: {tools.Count}");
        Assert.All(tools, l => Assert.Equal(RenderCheckHandler.JobKind, l.Text("JobKind")));
        Assert.Contains(ofJob, l => l.Template().Contains("succeeded in", StringComparison.Ordinal));
        // The other job's lines carry the other id, and lines outside any job carry none.
        Assert.Contains(lines, l => JobIdOf(l) == other);
        Assert.Contains(lines, l => l.Template().StartsWith("Job runner {Owner} started", StringComparison.Ordinal) && JobIdOf(l) is null);
    }

    private static string? JobIdOf(JsonElement line) => line.Text("JobId");

    private static async Task<string> EnqueueRenderCheckAsync(JobsHost host, int seconds, bool paced) =>
        (await host.Queue.EnqueueAsync(RenderCheckHandler.JobKind, new RenderCheckPayload(seconds, paced), null, CancellationToken.None)).Job.Id;

    private static async Task<double> ProbeDurationAsync(string path)
    {
        var probe = await new ProcessRunner(NullLogger<ProcessRunner>.Instance).RunAsync(new ProcessSpec("ffprobe",
            ["-v", "error", "-show_entries", "format=duration", "-of", "json", path]), CancellationToken.None);
        return double.Parse(JsonDocument.Parse(probe.StandardOutput).RootElement.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);
    }
}
