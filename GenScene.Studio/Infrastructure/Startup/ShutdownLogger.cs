using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Startup;

/// <summary>Says when a stop was asked for and when it completed, so a slow shutdown can be seen in the log.</summary>
public sealed class ShutdownLogger(IHostApplicationLifetime lifetime, IOptions<HostOptions> host, ILogger<ShutdownLogger> logger) : IHostedService
{
    private readonly Stopwatch _sinceStop = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            _sinceStop.Start();
            logger.LogInformation("Studio stopping; running work has up to {ShutdownTimeoutSeconds} s to finish", host.Value.ShutdownTimeout.TotalSeconds);
        });
        lifetime.ApplicationStopped.Register(() =>
            logger.LogInformation("Studio stopped gracefully in {ElapsedMs} ms", _sinceStop.ElapsedMilliseconds));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
