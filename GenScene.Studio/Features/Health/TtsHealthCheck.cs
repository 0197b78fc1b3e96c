using GenScene.Studio.Features.Voices.Tts;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Health;

/// <summary>
/// The speech engines this studio can use: espeak-ng (probed live; the fallback for every language;
/// without it and pico speech is down), pico2wave (probed live; without it the natural offline voices are
/// missing: degraded, with the command that installs it) and every configured cloud engine with its model.
/// </summary>
public sealed class TtsHealthCheck(ToolProbe probe, StudioTools tools, IEnumerable<ITtsEngine> engines) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var espeak = await probe.ProbeAsync(tools.Espeak, cancellationToken).ConfigureAwait(false);
        var pico = await probe.ProbeAsync(tools.Pico, cancellationToken).ConfigureAwait(false);
        var found = new List<Dictionary<string, object>>();
        var missing = new List<Dictionary<string, object>>();
        if (espeak.Found)
        {
            found.Add(new() { ["name"] = espeak.Tool.Name, ["version"] = espeak.Version! });
        }
        else
        {
            missing.Add(new() { ["name"] = espeak.Tool.Name, ["problem"] = espeak.Problem!, ["install"] = $"apt-get install -y {espeak.Tool.DebianPackage}" });
        }
        if (pico.Found)
        {
            found.Add(new() { ["name"] = PicoEngine.ProviderName, ["version"] = await engines.First(e => e.Name == PicoEngine.ProviderName).VersionAsync(cancellationToken).ConfigureAwait(false) });
        }
        else
        {
            missing.Add(new() { ["name"] = pico.Tool.Name, ["problem"] = pico.Problem!, ["install"] = PicoEngine.InstallHint });
        }
        foreach (var engine in engines.Where(e => e.IsConfigured && e.Name is not (EspeakEngine.ProviderName or PicoEngine.ProviderName)))
        {
            found.Add(new() { ["name"] = engine.Name, ["version"] = await engine.VersionAsync(cancellationToken).ConfigureAwait(false) });
        }
        var data = new Dictionary<string, object> { ["engines"] = found, ["missing"] = missing };
        var names = string.Join(", ", found.Select(e => $"{e["name"]} {e["version"]}"));
        if (!espeak.Found && !pico.Found)
        {
            return HealthCheckResult.Unhealthy($"No offline speech engine: {espeak.Problem}", data: data);
        }
        if (!espeak.Found)
        {
            return HealthCheckResult.Degraded($"{found.Count} engine(s): {names}. espeak-ng, the fallback for languages pico lacks, is missing: {espeak.Problem}", data: data);
        }
        return pico.Found
            ? HealthCheckResult.Healthy($"{found.Count} engine(s): {names}", data)
            : HealthCheckResult.Degraded($"{found.Count} engine(s): {names}. The natural offline voices are missing: pico2wave is not installed; {PicoEngine.InstallHint}.", data: data);
    }
}
