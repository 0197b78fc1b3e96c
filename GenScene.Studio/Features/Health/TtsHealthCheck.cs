using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GenScene.Studio.Features.Health;

/// <summary>The speech engines found on this machine; espeak-ng is the offline default, so without it speech is down.</summary>
public sealed class TtsHealthCheck(ToolProbe probe, StudioTools tools) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var espeak = await probe.ProbeAsync(tools.Espeak, cancellationToken).ConfigureAwait(false);
        var engines = espeak.Found
            ? new[] { new Dictionary<string, object> { ["name"] = espeak.Tool.Name, ["version"] = espeak.Version! } }
            : [];
        var data = new Dictionary<string, object> { ["engines"] = engines };
        return espeak.Found
            ? HealthCheckResult.Healthy($"{engines.Length} engine(s): espeak-ng {espeak.Version}", data)
            : HealthCheckResult.Unhealthy($"No speech engine: {espeak.Problem}", data: data);
    }
}
