using System.Globalization;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Media.Progress;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Audio.Mixing;

/// <summary>
/// Builds a message (intro, voice over a ducked music bed, outro) in one ffmpeg run to a float WAV,
/// then normalises the whole message in two passes so it lands on the loudness target.
/// </summary>
public sealed class MessageMixer(
    ProcessRunner runner, StudioTools tools, AudioProbe probe, LoudnessMeter meter, LoudnessNormalizer normalizer, IOptions<AudioOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    // Mixing decodes every part once; normalising decodes the mix twice more and measures it.
    private const double MixShare = 0.3;

    public async Task<MixedMessage> MixAsync(
        MessageRequest request, string outputPath, AudioOutputFormat format,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var (plan, inputs, expected) = await PlanAsync(request, cancellationToken).ConfigureAwait(false);
        var (graph, output) = MessageGraph.Message(plan);

        // Float samples between the stages: the voice plus the bed may pass 0 dBFS before normalisation brings it down.
        var mix = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputPath))!, $".{Path.GetFileName(outputPath)}.{Guid.NewGuid():N}.mix.wav");
        try
        {
            await RenderAsync(inputs, graph, output.ToString(), mix, expected,
                new ProgressSlice(progress, 0, MixShare).Report, cancellationToken).ConfigureAwait(false);
            var normalized = await normalizer.NormalizeAsync(mix, outputPath, format,
                new ProgressSlice(progress, MixShare, 1 - MixShare), cancellationToken).ConfigureAwait(false);
            return new MixedMessage(outputPath, normalized.DurationSeconds, normalized.Result, normalized.NormalizationType);
        }
        finally
        {
            File.Delete(mix);
        }
    }

    /// <summary>
    /// Writes only the bed, ducked by the voice, as a float WAV: the voice is the compressor's key and
    /// is not heard. Lets a test (or an editor) judge the ducking without the voice in the way.
    /// </summary>
    public async Task<string> RenderDuckedBedAsync(string voicePath, string bedPath, string outputWavPath, CancellationToken cancellationToken)
    {
        var (plan, inputs, _) = await PlanAsync(new MessageRequest(voicePath) { BedPath = bedPath }, cancellationToken).ConfigureAwait(false);
        var (graph, output) = MessageGraph.DuckedBedOnly(plan);
        await RenderAsync(inputs, graph, output.ToString(), outputWavPath, plan.VoiceSeconds, _ => { }, cancellationToken).ConfigureAwait(false);
        return outputWavPath;
    }

    /// <summary>Probes every part (each must really be audio) and assigns ffmpeg input indexes in -i order.</summary>
    private async Task<(MessagePlan Plan, List<string> InputArguments, double ExpectedSeconds)> PlanAsync(MessageRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (request.CrossfadeSeconds is < 0 or > MessageRequest.MaxCrossfadeSeconds || !double.IsFinite(request.CrossfadeSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.CrossfadeSeconds, $"A crossfade lasts 0 to {MessageRequest.MaxCrossfadeSeconds} s.");
        }
        var voice = await probe.RequireAudioAsync(request.VoicePath, cancellationToken).ConfigureAwait(false);
        List<string> inputs = ["-i", FfmpegArguments.File(request.VoicePath)];
        var expectedSeconds = voice.DurationSeconds;
        var plan = new MessagePlan(settings.SampleRate, 0, voice.DurationSeconds)
        {
            CrossfadeSeconds = request.CrossfadeSeconds,
            BedFadeSeconds = settings.BedFadeSeconds,
        };

        if (request.BedPath is { } bed)
        {
            await probe.RequireAudioAsync(bed, cancellationToken).ConfigureAwait(false);
            var voiceLoudness = await meter.MeasureAsync(request.VoicePath, cancellationToken).ConfigureAwait(false);
            inputs.AddRange(["-stream_loop", "-1", "-i", FfmpegArguments.File(bed)]);
            plan = plan with
            {
                BedInput = inputs.Count(a => a == "-i") - 1,
                Ducking = DuckingFilter.SidechainCompress(DuckingSettings.From(settings), voiceLoudness.IntegratedLufs),
            };
        }
        foreach (var (path, isIntro) in new[] { (request.IntroPath, true), (request.OutroPath, false) })
        {
            if (path is null)
            {
                continue;
            }
            var part = await probe.RequireAudioAsync(path, cancellationToken).ConfigureAwait(false);
            if (request.CrossfadeSeconds > 0 && request.CrossfadeSeconds * 2 > Math.Min(part.DurationSeconds, voice.DurationSeconds))
            {
                throw new ArgumentOutOfRangeException(nameof(request), request.CrossfadeSeconds, "A crossfade may take at most half of the shorter part it joins.");
            }
            inputs.AddRange(["-i", FfmpegArguments.File(path)]);
            var index = inputs.Count(a => a == "-i") - 1;
            expectedSeconds += part.DurationSeconds - request.CrossfadeSeconds; // each crossfade overlaps two parts
            plan = isIntro ? plan with { IntroInput = index } : plan with { OutroInput = index };
        }
        return (plan, inputs, expectedSeconds);
    }

    private async Task RenderAsync(
        List<string> inputs, string graph, string outputPad, string wavPath, double expectedSeconds, Action<double> onFraction, CancellationToken cancellationToken)
    {
        var ffmpegProgress = new FfmpegProgress(TimeSpan.FromSeconds(expectedSeconds), onFraction);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, .. FfmpegArguments.ProgressOnStdout, .. inputs,
            "-filter_complex", graph, "-map", outputPad,
            "-ar", options.Value.SampleRate.ToString(CultureInfo.InvariantCulture), "-c:a", "pcm_f32le", "-f", "wav", FfmpegArguments.File(wavPath),
        ])
        {
            Timeout = Timeout,
            CaptureOutput = false,
            OnOutputLine = ffmpegProgress.OnLine,
        }, cancellationToken).ConfigureAwait(false);
    }
}
