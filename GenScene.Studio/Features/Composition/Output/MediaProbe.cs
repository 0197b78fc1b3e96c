using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Features.Composition.Output;

/// <summary>Runs ffprobe on a file; a file ffprobe cannot read comes back as the reason why.</summary>
public sealed class MediaProbe(ProcessRunner runner, StudioTools tools)
{
    public async Task<(MediaInfo? Info, string? Problem)> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, "the file does not exist");
        }
        var result = await runner.RunAsync(new ProcessSpec(tools.Ffprobe.Path,
            ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", FfmpegArguments.File(path)])
        {
            Timeout = TimeSpan.FromSeconds(60),
            AllowNonZeroExit = true,
        }, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            var reason = result.StandardErrorTail.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
            return (null, string.IsNullOrEmpty(reason) ? $"ffprobe exited with code {result.ExitCode}" : reason);
        }
        return (MediaInfo.Parse(result.StandardOutput), null);
    }
}
