using Microsoft.Extensions.Diagnostics.HealthChecks;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Health;

/// <summary>ffmpeg or ffprobe: healthy with its version, unhealthy with how to install it.</summary>
public sealed class ToolHealthCheck(ToolProbe probe, Func<StudioTools, ExternalTool> select, StudioTools tools) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var tool = select(tools);
        var status = await probe.ProbeAsync(tool, cancellationToken).ConfigureAwait(false);
        return status.Found
            ? HealthCheckResult.Healthy($"{tool.Name} {status.Version}", new Dictionary<string, object> { ["version"] = status.Version!, ["path"] = tool.Path })
            : HealthCheckResult.Unhealthy(status.Problem, data: new Dictionary<string, object> { ["path"] = tool.Path, ["install"] = $"apt-get install -y {tool.DebianPackage}" });
    }
}
