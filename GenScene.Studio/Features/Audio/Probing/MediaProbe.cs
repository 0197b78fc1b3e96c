using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Ffmpeg;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Features.Audio.Probing;

/// <summary>
/// Asks ffprobe what any file holds: pictures, video and sound alike. The studio's one ffprobe call:
/// uploads (assets, jingles), speech and the composed episode's check all read files through it.
/// </summary>
public sealed class MediaProbe(ProcessRunner runner, StudioTools tools)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>ffprobe's report, or null with its reason when ffprobe cannot read the file as media at all.</summary>
    public async Task<(FfprobeReport? Report, string? Problem)> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        // "-v error" leaves only ffprobe's reason on stderr when it cannot read the file.
        var result = await runner.RunAsync(new ProcessSpec(tools.Ffprobe.Path,
            ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", FfmpegArguments.File(path)])
        {
            Timeout = Timeout,
            AllowNonZeroExit = true,
        }, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            // ffprobe names the file it could not read; that is our staging path, of no use to the uploader.
            var reason = result.StandardErrorTail.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?
                .Replace(FfmpegArguments.File(path) + ":", "", StringComparison.Ordinal).Trim();
            return (null, string.IsNullOrEmpty(reason) ? $"ffprobe exited with code {result.ExitCode}" : reason);
        }
        return (FfprobeReport.Parse(result.StandardOutput), null);
    }
}
