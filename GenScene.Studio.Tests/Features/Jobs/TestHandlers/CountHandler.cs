using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Tests.Features.Jobs.TestHandlers;

public sealed record CountPayload(int Number, bool WriteFile = false);

/// <summary>A trivial job: notes that it ran (and optionally writes count.txt).</summary>
public sealed class CountHandler(TestJobLog log) : JobHandler<CountPayload>
{
    public const string JobKind = "test.count";

    public override string Kind => JobKind;

    protected override async Task RunAsync(CountPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        log.Ran(context.JobId);
        if (payload.WriteFile)
        {
            await File.WriteAllTextAsync(context.Output("count.txt", "text/plain"), payload.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }
    }
}
