using System.Globalization;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Tests.Features.Jobs.TestHandlers;

public sealed record SleepPayload(int Seconds = 60);

/// <summary>
/// A job whose work is a real process: `sleep` run through the studio's ProcessRunner. The shell
/// prints its pid and then becomes sleep (exec), so the pid recorded is the sleep's own.
/// </summary>
public sealed class SleepHandler(ProcessRunner runner, TestJobLog log) : JobHandler<SleepPayload>
{
    public const string JobKind = "test.sleep";

    public override string Kind => JobKind;

    protected override async Task RunAsync(SleepPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        log.Ran(context.JobId);
        context.Progress.Report(new JobProgress(0, "sleeping"));
        await runner.RunAsync(new ProcessSpec("sh", ["-c", "echo $$; exec sleep \"$1\"", "sh", payload.Seconds.ToString(CultureInfo.InvariantCulture)])
        {
            OnOutputLine = line =>
            {
                if (int.TryParse(line, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
                {
                    log.SleepPids[context.JobId] = pid;
                }
            },
        }, cancellationToken);
        context.Progress.Report(new JobProgress(100, "slept"));
    }
}
