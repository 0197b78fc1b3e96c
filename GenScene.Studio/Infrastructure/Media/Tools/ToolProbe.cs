using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Infrastructure.Media.Tools;

public sealed record ToolStatus(ExternalTool Tool, bool Found, string? Version, string? Problem);

/// <summary>Runs a tool's version command for real: the only proof that the tool is there and works.</summary>
public sealed class ToolProbe(ProcessRunner runner, IOptions<StudioOptions> options)
{
    public async Task<ToolStatus> ProbeAsync(ExternalTool tool, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.RunAsync(
                new ProcessSpec(tool.Path, tool.VersionArguments) { Timeout = TimeSpan.FromSeconds(options.Value.ToolProbeTimeoutSeconds) },
                cancellationToken).ConfigureAwait(false);
            var match = tool.VersionPattern.Match(result.StandardOutput);
            return match.Success
                ? new ToolStatus(tool, true, match.Groups[1].Value, null)
                : new ToolStatus(tool, false, null, $"{tool.Name} at '{tool.Path}' did not report a version; {tool.InstallHint}");
        }
        catch (ToolNotFoundException)
        {
            return new ToolStatus(tool, false, null, $"{tool.Name} is missing ('{tool.Path}' not found); {tool.InstallHint}");
        }
        catch (ProcessFailedException ex)
        {
            return new ToolStatus(tool, false, null, $"{tool.Name} at '{tool.Path}' failed: {ex.Message}");
        }
    }
}
