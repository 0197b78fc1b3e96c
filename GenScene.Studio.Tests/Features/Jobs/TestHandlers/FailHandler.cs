using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Tests.Features.Jobs.TestHandlers;

public sealed record FailPayload(string Reason);

/// <summary>A job that always throws (a transient-looking failure, so it is retried).</summary>
public sealed class FailHandler(TestJobLog log) : JobHandler<FailPayload>
{
    public const string JobKind = "test.fail";

    public override string Kind => JobKind;

    public static string MessageFor(FailPayload payload) => $"The test handler always fails: {payload.Reason}";

    protected override Task RunAsync(FailPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        log.Ran(context.JobId);
        throw new InvalidOperationException(MessageFor(payload));
    }
}
