
namespace GenScene.Studio.Infrastructure.Media.Probing;

/// <summary>Asks ffprobe what a file really contains; used to reject uploads that are not audio.</summary>
public sealed class AudioProbe(MediaProbe media)
{
    public async Task<AudioProbeResult> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("There is no file to probe.", path);
        }
        var (report, problem) = await media.ProbeAsync(path, cancellationToken).ConfigureAwait(false);
        return report is null ? AudioProbeResult.NotMedia(problem!) : FfprobeJson.FromReport(report);
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
