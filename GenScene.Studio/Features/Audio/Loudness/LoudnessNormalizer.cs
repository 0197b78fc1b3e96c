using System.Text;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Filters;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Media.Progress;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Audio.Loudness;

/// <summary>
/// Two-pass EBU R128 normalisation with ffmpeg's loudnorm (see docs/adr/0004-two-pass-linear-loudnorm.md):
/// pass 1 measures, pass 2 applies with the measured figures, then the output is measured again.
/// </summary>
public sealed class LoudnessNormalizer(ProcessRunner runner, StudioTools tools, AudioProbe probe, LoudnessMeter meter, IOptions<AudioOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    // Share of the progress bar per step: each pass decodes the whole input; the final measurement is fast.
    private const double MeasureShare = 0.45;
    private const double ApplyShare = 0.5;

    public async Task<NormalizedAudio> NormalizeAsync(
        string inputPath, string outputPath, AudioOutputFormat format,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var target = LoudnessTarget.From(settings);
        var input = await probe.RequireAudioAsync(inputPath, cancellationToken).ConfigureAwait(false);
        var duration = TimeSpan.FromSeconds(input.DurationSeconds);
        progress?.Report(0);

        var measured = LoudnormMeasurement.Parse(await RunLoudnormAsync(
            [.. InputArguments(inputPath, LoudnormFilter.Measure(target)), "-f", "null", "-"],
            duration, fraction => progress?.Report(fraction * MeasureShare), cancellationToken).ConfigureAwait(false));

        try
        {
            // loudnorm works at 192 kHz internally and outputs that rate unless told otherwise.
            var applied = LoudnormMeasurement.Parse(await RunLoudnormAsync(
                [
                    .. InputArguments(inputPath, LoudnormFilter.Apply(target, measured)),
                    "-ar", settings.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    .. AudioOutputFormatArguments.For(format, settings), FfmpegArguments.File(outputPath),
                ],
                duration, fraction => progress?.Report(MeasureShare + fraction * ApplyShare), cancellationToken).ConfigureAwait(false));

            var result = await meter.MeasureAsync(outputPath, cancellationToken).ConfigureAwait(false);
            progress?.Report(1);
            return new NormalizedAudio(outputPath, format, input.DurationSeconds, result, measured, applied.NormalizationType);
        }
        catch
        {
            // A cancelled or failed pass leaves a truncated file that must not pass for a result.
            File.Delete(outputPath);
            throw;
        }
    }

    private static string[] InputArguments(string inputPath, FfmpegFilter loudnorm) =>
        [.. FfmpegArguments.Quiet, .. FfmpegArguments.ProgressOnStdout, "-i", FfmpegArguments.File(inputPath), "-map", "0:a:0", "-af", loudnorm.ToString()];

    /// <summary>Runs one pass and returns its whole stderr, where loudnorm prints its JSON report.</summary>
    private async Task<string> RunLoudnormAsync(string[] arguments, TimeSpan duration, Action<double> onFraction, CancellationToken cancellationToken)
    {
        var stderr = new StringBuilder();
        var ffmpegProgress = new FfmpegProgress(duration, onFraction);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path, arguments)
        {
            Timeout = Timeout,
            CaptureOutput = false,
            OnOutputLine = ffmpegProgress.OnLine,
            OnErrorLine = line => stderr.Append(line).Append('\n'),
        }, cancellationToken).ConfigureAwait(false);
        return stderr.ToString();
    }
}
