using GenScene.Studio.Features.Voices.Tts;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Health;

/// <summary>
/// The speech engines this studio can use: espeak-ng (probed live; it is the offline default, so
/// without it speech is down) and every configured cloud engine with its model.
/// </summary>
public sealed class TtsHealthCheck(ToolProbe probe, StudioTools tools, IEnumerable<ITtsEngine> engines) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var espeak = await probe.ProbeAsync(tools.Espeak, cancellationToken).ConfigureAwait(false);
        var found = new List<Dictionary<string, object>>();
        if (espeak.Found)
        {
            found.Add(new() { ["name"] = espeak.Tool.Name, ["version"] = espeak.Version! });
        }
        foreach (var engine in engines.Where(e => e.IsConfigured && e.Name != EspeakEngine.ProviderName))
        {
            found.Add(new() { ["name"] = engine.Name, ["version"] = await engine.VersionAsync(cancellationToken).ConfigureAwait(false) });
        }
        var data = new Dictionary<string, object> { ["engines"] = found };
        var names = string.Join(", ", found.Select(e => $"{e["name"]} {e["version"]}"));
        return espeak.Found
            ? HealthCheckResult.Healthy($"{found.Count} engine(s): {names}", data)
            : HealthCheckResult.Unhealthy($"No offline speech engine: {espeak.Problem}", data: data);
    }
}
