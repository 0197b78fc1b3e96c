using System.Globalization;
using System.Text;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media;
using GenScene.Studio.Infrastructure.Media.Filters;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Tools;

namespace GenScene.Studio.Features.Composition.Soundtrack;

/// <summary>A sound placed on the track: a file's first <c>Samples</c> samples starting at <c>StartSample</c>.</summary>
public sealed record PlacedSound(string Path, long StartSample, long Samples, bool Loop = false, string? Fingerprint = null);

/// <summary>
/// The episode's audio as ONE continuous track (joining per-scene audio drifts): narration and clip
/// sound placed at exact sample offsets, music looped under it and ducked while anything speaks,
/// faded out at the end. The final mix is measured while it is written, and brought to the loudness
/// target by one gain as it is encoded to AAC (<see cref="SoundtrackLoudness"/>): no extra pass.
/// </summary>
public sealed class SoundtrackBuilder(
    ProcessRunner runner, StudioTools tools, IOptions<AudioOptions> audio, IOptions<CompositionOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The foreground (narration and clip sound) on silence of exactly <paramref name="totalSamples"/>, as float WAV;
    /// returns its loudness, measured on the way out.
    /// </summary>
    public async Task<LoudnessMeasurement> RenderForegroundAsync(IReadOnlyList<PlacedSound> sounds, long totalSamples, string outputWav, CancellationToken cancellationToken)
    {
        var rate = audio.Value.SampleRate;
        // Narration alone (the usual episode) is summed and measured here; ffmpeg only for clips' sound and loops.
        if (NarrationMixer.TryMix(sounds, totalSamples, rate, outputWav, out var mixed))
        {
            return mixed;
        }
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
        return await RunMeasuredAsync(inputs, graph, output, outputWav, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The music alone as it plays under the episode: looped to length, at the chosen level, ducked
    /// by the foreground (the compressor's key, not heard here) and faded out at the end.
    /// <paramref name="voice"/> is the foreground's loudness when it is known already.
    /// </summary>
    public async Task RenderBedAsync(string musicPath, double levelDb, string foregroundWav, LoudnessMeasurement voice, long totalSamples, string outputWav, CancellationToken cancellationToken)
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
        var output = bed;
        // A foreground of silence (no narration, silent clips) has no loudness to key on: the bed plays as is.
        if (double.IsFinite(voice.IntegratedLufs) && voice.IntegratedLufs > SoundtrackLoudness.SilentBelowLufs)
        {
            var key = graph.Chain(FilterPad.AudioInput(1), AudioFilters.Conform(rate));
            output = graph.Chain([bed, key], DuckingFilter.SidechainCompress(DuckingSettings.From(audio.Value), voice.IntegratedLufs));
        }
        await RunAsync(["-stream_loop", "-1", "-i", FfmpegArguments.File(musicPath), "-i", FfmpegArguments.File(foregroundWav)],
            graph, output, outputWav, "error", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Foreground plus bed as one float WAV; returns the mix's loudness, measured on the way out.</summary>
    public async Task<LoudnessMeasurement> MixAsync(string foregroundWav, string bedWav, string outputWav, CancellationToken cancellationToken)
    {
        var graph = new FilterGraph();
        var output = graph.Chain([FilterPad.AudioInput(0), FilterPad.AudioInput(1)], SoundtrackFilters.Mix(2));
        return await RunMeasuredAsync(["-i", FfmpegArguments.File(foregroundWav), "-i", FfmpegArguments.File(bedWav)], graph, output, outputWav, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The measured mix brought to the loudness target and encoded once, as AAC in MP4, ready to be muxed by copy.
    /// ffmpeg's "fast" AAC coder, not its default "twoloop", with mid/side stereo on every band (narration
    /// is the same on both channels, so the side channel is silence): the same AAC-LC 48 kHz stereo at
    /// 192 kbps for under half the CPU (docs/adr/0012-composition-fixed-costs.md).
    /// </summary>
    public async Task EncodeAsync(string mixWav, LoudnessMeasurement measured, string outputPath, CancellationToken cancellationToken) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", "error", "-i", FfmpegArguments.File(mixWav), "-map", "0:a:0",
            "-af", string.Join(',', SoundtrackLoudness.Filters(measured, audio.Value).Select(f => f.ToString())),
            "-c:a", "aac", "-aac_coder", "fast", "-aac_ms", "1", "-b:a", $"{AacBitrateKbps}k", "-ar", audio.Value.SampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "2",
            "-f", "mp4", FfmpegArguments.File(outputPath),
        ]) { Timeout = Timeout, CaptureOutput = false }, cancellationToken).ConfigureAwait(false);

    public const int AacBitrateKbps = 192;

    /// <summary>Writes the graph's output and measures it in the same run: ebur128 passes the audio through unchanged.</summary>
    private async Task<LoudnessMeasurement> RunMeasuredAsync(List<string> inputs, FilterGraph graph, FilterPad output, string outputWav, CancellationToken cancellationToken)
    {
        var measured = graph.Chain(output, AudioFilters.Ebur128WithTruePeak());
        var stderr = new StringBuilder();
        // ebur128 prints its summary at the "info" level; its per-frame lines go to "verbose", so they stay out.
        await RunAsync(inputs, graph, measured, outputWav, "info", line => stderr.Append(line).Append('\n'), cancellationToken).ConfigureAwait(false);
        return Ebur128Summary.Parse(stderr.ToString());
    }

    private async Task RunAsync(List<string> inputs, FilterGraph graph, FilterPad output, string outputWav, string logLevel, Action<string>? onErrorLine,
        CancellationToken cancellationToken) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            .. FfmpegArguments.Quiet, "-loglevel", logLevel, .. inputs, "-filter_complex", graph.ToString(), "-map", output.ToString(),
            "-ar", audio.Value.SampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "2", "-c:a", "pcm_f32le", "-f", "wav", FfmpegArguments.File(outputWav),
        ]) { Timeout = Timeout, CaptureOutput = false, OnErrorLine = onErrorLine }, cancellationToken).ConfigureAwait(false);
}
