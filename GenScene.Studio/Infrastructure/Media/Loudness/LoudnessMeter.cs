using System.Text;
using GenScene.Studio.Infrastructure.Processes;
using GenScene.Studio.Infrastructure.Media.Filters;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Infrastructure.Media.Loudness;

/// <summary>Measures a file's loudness with ffmpeg's ebur128 filter, the way jellyfin does.</summary>
public sealed class LoudnessMeter(ProcessRunner runner, StudioTools tools)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public async Task<LoudnessMeasurement> MeasureAsync(string path, CancellationToken cancellationToken)
    {
        var stderr = new StringBuilder();
        // The runner keeps only a tail of stderr; the whole text is collected so the summary is never cut.
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-i", FfmpegArguments.File(path),
            "-map", "0:a:0", "-af", AudioFilters.Ebur128WithTruePeak().ToString(), "-f", "null", "-",
        ])
        {
            Timeout = Timeout,
            CaptureOutput = false,
            OnErrorLine = line => stderr.Append(line).Append('\n'),
        }, cancellationToken).ConfigureAwait(false);
        return Ebur128Summary.Parse(stderr.ToString());
    }
}
