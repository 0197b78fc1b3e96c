using System.Globalization;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Audio.Filters;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Features.Health;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;

namespace GenScene.Studio.Features.Composition.Soundtrack;

/// <summary>A sound placed on the track: a file's first <c>Samples</c> samples starting at <c>StartSample</c>.</summary>
public sealed record PlacedSound(string Path, long StartSample, long Samples, bool Loop = false);

/// <summary>
/// The episode's audio as ONE continuous track (joining per-scene audio drifts): narration and clip
/// sound placed at exact sample offsets, music looped under it and ducked while anything speaks,
/// faded out at the end, and the whole normalised two-pass to the loudness target.
/// </summary>
public sealed class SoundtrackBuilder(
    ProcessRunner runner, StudioTools tools, LoudnessMeter meter, LoudnessNormalizer normalizer,
    IOptions<AudioOptions> audio, IOptions<CompositionOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    /// <summary>The foreground (narration and clip sound) on silence of exactly <paramref name="totalSamples"/>, as float WAV.</summary>
    public async Task RenderForegroundAsync(IReadOnlyList<PlacedSound> sounds, long totalSamples, string outputWav, CancellationToken cancellationToken)
    {
        var rate = audio.Value.SampleRate;
        var inputs = new List<string> { "-f", "lavfi", "-i", SoundtrackFilters.Silence(rate).ToString() };
        var graph = new FilterGraph();
        var pads = new List<FilterPad> { graph.Chain(FilterPad.AudioInput(0), SoundtrackFilters.FirstSamples(totalSamples)) };
        foreach (var sound in sounds.Where(s => s.StartSample < totalSamples && s.Samples > 0))
        {
            var index = inputs.Count(a => a == "-i");
            inputs.AddRange(sound.Loop ? ["-stream_loop", "-1", "-i", FfmpegArguments.File(sound.Path)] : ["-i", FfmpegArguments.File(sound.Path)]);
            pads.Add(graph.Chain(FilterPad.AudioInput(index),
                [.. AudioFilters.Conform(rate), .. SoundtrackFilters.FirstSamples(sound.Samples), SoundtrackFilters.DelaySamples(sound.StartSample)]));
        }
        var output = pads.Count == 1 ? pads[0] : graph.Chain(pads, SoundtrackFilters.Mix(pads.Count));
        await RunAsync(inputs, graph, output, outputWav, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The music alone as it plays under the episode: looped to length, at the chosen level, ducked
    /// by the foreground (the compressor's key, not heard here) and faded out at the end.
    /// </summary>
    public async Task RenderBedAsync(string musicPath, double levelDb, string foregroundWav, long totalSamples, string outputWav, CancellationToken cancellationToken)
    {
        var rate = audio.Value.SampleRate;
        var totalSeconds = (double)totalSamples / rate;
        var fade = Math.Min(options.Value.MusicFadeOutSeconds, totalSeconds / 2);
        var graph = new FilterGraph();
        var bed = graph.Chain(FilterPad.AudioInput(0),
        [
            .. AudioFilters.Conform(rate), .. SoundtrackFilters.FirstSamples(totalSamples), AudioFilters.Volume(levelDb),
            AudioFilters.Fade(FadeDirection.Out, totalSeconds - fade, fade),
        ]);
        var voice = await meter.MeasureAsync(foregroundWav, cancellationToken).ConfigureAwait(false);
        var output = bed;
        // A foreground of silence (no narration, silent clips) has no loudness to key on: the bed plays as is.
        if (double.IsFinite(voice.IntegratedLufs) && voice.IntegratedLufs > -70)
        {
            var key = graph.Chain(FilterPad.AudioInput(1), AudioFilters.Conform(rate));
            output = graph.Chain([bed, key], DuckingFilter.SidechainCompress(DuckingSettings.From(audio.Value), voice.IntegratedLufs));
        }
        await RunAsync(["-stream_loop", "-1", "-i", FfmpegArguments.File(musicPath), "-i", FfmpegArguments.File(foregroundWav)],
            graph, output, outputWav, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Foreground plus bed, then loudness-normalised to the target as 16-bit WAV.</summary>
    public async Task<NormalizedAudio> FinishAsync(string foregroundWav, string? bedWav, string outputWav, string workDirectory, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var mix = foregroundWav;
        if (bedWav is not null)
        {
            mix = Path.Combine(workDirectory, "mix.wav");
            var graph = new FilterGraph();
            var output = graph.Chain([FilterPad.AudioInput(0), FilterPad.AudioInput(1)], SoundtrackFilters.Mix(2));
            await RunAsync(["-i", FfmpegArguments.File(foregroundWav), "-i", FfmpegArguments.File(bedWav)], graph, output, mix, cancellationToken).ConfigureAwait(false);
        }
        return await normalizer.NormalizeAsync(mix, outputWav, AudioOutputFormat.Wav, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(List<string> inputs, FilterGraph graph, FilterPad output, string outputWav, CancellationToken cancellationToken) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", .. inputs, "-filter_complex", graph.ToString(), "-map", output.ToString(),
            "-ar", audio.Value.SampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "2", "-c:a", "pcm_f32le", "-f", "wav", FfmpegArguments.File(outputWav),
        ]) { Timeout = Timeout, CaptureOutput = false }, cancellationToken).ConfigureAwait(false);
}
