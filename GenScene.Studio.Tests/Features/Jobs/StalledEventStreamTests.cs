using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Tests.Features.Jobs.TestHandlers;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GenScene.Studio.Tests.Features.Jobs;

/// <summary>A client that stops reading must not hold its stream (and its slot) for ever.</summary>
public sealed class StalledEventStreamTests
{
    [Fact]
    public async Task A_stream_whose_writes_block_is_dropped_after_the_write_timeout_and_no_longer_counted()
    {
        await using var studio = new StudioFactory().With("Jobs:SseWriteTimeoutSeconds", "1").With("Jobs:RunnerEnabled", "false")
            .WithServices(s => s.AddTestJobHandlers(new TestJobLog()));
        studio.CreateClient().Dispose();
        var job = (await studio.Services.GetRequiredService<JobQueue>().EnqueueAsync(CountHandler.JobKind, new CountPayload(1), null, CancellationToken.None)).Job.Id;
        var context = new DefaultHttpContext { Response = { Body = new StalledStream() } };
        var aborted = false;
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature>(new Lifetime(() => aborted = true));

        var feed = studio.Services.GetRequiredService<JobEventFeed>();
        // The caller's own token gives up after a minute: without the write timeout the stream would end
        // only then, and not through an abort.
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => feed.StreamAsync(job, context.Response, giveUp.Token));
        Assert.True(aborted, "the connection was aborted");
        Assert.Equal(0, studio.Services.GetRequiredService<SseConnections>().Status().ActiveConnections);
    }

    /// <summary>A response body whose reader never takes anything: every write waits until cancelled.</summary>
    private sealed class StalledStream : MemoryStream
    {
        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            await Task.Delay(Timeout.Infinite, cancellationToken);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private sealed class Lifetime(Action onAbort) : Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature
    {
        public CancellationToken RequestAborted { get; set; }
        public void Abort() => onAbort();
    }
}
