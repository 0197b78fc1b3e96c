using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Processes;

namespace GenScene.Studio.Features.Audio.Probing;

/// <summary>Asks ffprobe what a file really contains; used to reject uploads that are not audio.</summary>
public sealed class AudioProbe(ProcessRunner runner, StudioTools tools)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<AudioProbeResult> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("There is no file to probe.", path);
        }
        // "-v error" leaves only ffprobe's reason on stderr when it cannot read the file.
        var result = await runner.RunAsync(new ProcessSpec(tools.Ffprobe.Path,
            ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", FfmpegArguments.File(path)])
        {
            Timeout = Timeout,
            AllowNonZeroExit = true,
        }, cancellationToken).ConfigureAwait(false);

        if (result.ExitCode != 0)
        {
            var reason = result.StandardErrorTail.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
            return AudioProbeResult.NotMedia(string.IsNullOrEmpty(reason) ? $"ffprobe exited with code {result.ExitCode}" : reason);
        }
        return FfprobeJson.Parse(result.StandardOutput);
    }

    /// <summary>Returns the probe of a file that has an audio stream and a duration; throws <see cref="NotAudioException"/> otherwise.</summary>
    public async Task<AudioProbeResult> RequireAudioAsync(string path, CancellationToken cancellationToken)
    {
        var probe = await ProbeAsync(path, cancellationToken).ConfigureAwait(false);
        if (!probe.IsMedia)
        {
            throw new NotAudioException(path, $"not a media file ({probe.Problem})");
        }
        if (!probe.HasAudio)
        {
            throw new NotAudioException(path, probe.HasVideo ? "it holds video but no sound" : $"it holds no audio stream ({probe.Container})");
        }
        if (probe.DurationSeconds <= 0)
        {
            throw new NotAudioException(path, "its duration is unknown or zero");
        }
        return probe;
    }
}
