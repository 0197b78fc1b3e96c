using System.Globalization;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Audio.Jingles;
using GenScene.Studio.Features.Audio.Loudness;
using GenScene.Studio.Features.Audio.Mixing;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Conversion;
using GenScene.Studio.Infrastructure.Media.Filters;
using GenScene.Studio.Infrastructure.Media.Loudness;
using GenScene.Studio.Infrastructure.Media.Probing;
using GenScene.Studio.Infrastructure.Media.Progress;
using GenScene.Studio.Infrastructure.Media.Tools;
using GenScene.Studio.Infrastructure.Localization;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>The finished speech's length and loudness; <see cref="Measured"/> is false for a WAV-only rendition that skipped the measurement.</summary>
public sealed record FinishedSpeech(double DurationSeconds, double IntegratedLufs, double TruePeakDb, double LoudnessRange, bool Measured = true);

/// <summary>
/// From the engine's parts to the files a person gets: the parts joined end to end at 48 kHz
/// (engines leave silence at both ends of a part, so a plain join has no gap or click), normalized
/// two-pass to the loudness target, written as WAV and MP3, measured, and drawn as a waveform (a PNG, and
/// its peaks as JSON for pages that draw their own).
/// </summary>
public sealed class SpeechFinisher(
    ProcessRunner runner, StudioTools tools, LoudnessNormalizer normalizer, LoudnessMeter meter, AudioProbe probe,
    WaveformRenderer waveforms, WaveformPeaksFiles peaks, Mp3Encoder mp3, MessageMixer mixer, JingleLibrary jingles, IOptions<AudioOptions> audio)
{
    /// <summary>The crossfade between intro, voice and outro in a message.</summary>
    public const double MessageCrossfadeSeconds = 0.3;

    /// <summary>Everything about finishing that changes the result: part of the cache key (jingles by their content).</summary>
    public async Task<object> DescribeAsync(SpeechJobPayload payload, CancellationToken cancellationToken)
    {
        var music = await JinglesAsync(payload, cancellationToken).ConfigureAwait(false);
        var a = audio.Value;
        return new
        {
            payload.Normalize,
            peakHeadroom = payload.Normalize && !music.Any ? PeakHeadroomDb : (double?)null, // renditions made before the limiter step miss
            target = payload.Normalize || music.Any ? new { a.TargetIntegratedLufs, a.TargetTruePeakDb, a.TargetLoudnessRange } : null,
            a.SampleRate,
            a.Mp3BitrateKbps,
            intro = music.Intro?.Sha256,
            outro = music.Outro?.Sha256,
            bed = music.Bed?.Sha256,
            ducking = music.Bed is null ? null : new { a.DuckingDepthDb, a.DuckingReleaseMs, a.DuckingAttackMs, a.BedFadeSeconds },
            crossfade = music.Any ? MessageCrossfadeSeconds : 0,
        };
    }

    public static string StageDetail(SpeechJobPayload payload) =>
        payload.IntroJingleId is not null || payload.OutroJingleId is not null || payload.BedJingleId is not null ? "mixing the message"
        : payload.Normalize ? "loudness" : "encoding";

    public Task<FinishedSpeech> FinishAsync(IReadOnlyList<string> parts, SpeechJobPayload payload, SpeechOutputs outputs,
        string workDirectory, IProgress<double> progress, CancellationToken cancellationToken) =>
        FinishAsync([.. parts.Select(p => new SpeechPart(p))], payload, outputs, workDirectory, progress, cancellationToken);

    public async Task<FinishedSpeech> FinishAsync(IReadOnlyList<SpeechPart> parts, SpeechJobPayload payload, SpeechOutputs outputs,
        string workDirectory, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var joined = Path.Combine(workDirectory, "joined.wav");
        await JoinAsync(parts, joined, cancellationToken).ConfigureAwait(false);
        progress.Report(0.1);

        LoudnessMeasurement measured;
        var music = await JinglesAsync(payload, cancellationToken).ConfigureAwait(false);
        if (outputs.IsWavOnly && !payload.Normalize && !music.Any)
        {
            // The join already wrote 48 kHz 16-bit WAV, what the encode below would write again; nothing
            // else is asked for, so no more processes: the length comes from the header.
            File.Move(joined, outputs.Wav, overwrite: true);
            var seconds = WavHeader.DurationSeconds(outputs.Wav) ?? (await probe.RequireAudioAsync(outputs.Wav, cancellationToken).ConfigureAwait(false)).DurationSeconds;
            progress.Report(1);
            return new FinishedSpeech(seconds, double.NaN, double.NaN, double.NaN, Measured: false);
        }
        if (music.Any)
        {
            // A message is always brought to the target as a whole: jingles and voice differ in level.
            var mixed = await mixer.MixAsync(new MessageRequest(joined)
            {
                IntroPath = music.Intro is null ? null : jingles.PathOf(music.Intro),
                OutroPath = music.Outro is null ? null : jingles.PathOf(music.Outro),
                BedPath = music.Bed is null ? null : jingles.PathOf(music.Bed),
                CrossfadeSeconds = music.Intro is null && music.Outro is null ? 0 : MessageCrossfadeSeconds,
            }, outputs.Wav, AudioOutputFormat.Wav, new ProgressSlice(progress, 0.1, 0.7), cancellationToken).ConfigureAwait(false);
            measured = mixed.Loudness;
        }
        else if (payload.Normalize)
        {
            joined = await LimitPeaksIfNeededAsync(joined, workDirectory, cancellationToken).ConfigureAwait(false);
            var normalized = await normalizer.NormalizeAsync(joined, outputs.Wav, AudioOutputFormat.Wav,
                new ProgressSlice(progress, 0.1, 0.7), cancellationToken).ConfigureAwait(false);
            measured = normalized.Result;
        }
        else
        {
            await EncodeAsync(joined, outputs.Wav, AudioOutputFormat.Wav, cancellationToken).ConfigureAwait(false);
            measured = await meter.MeasureAsync(outputs.Wav, cancellationToken).ConfigureAwait(false);
        }
        progress.Report(0.85);
        if (outputs.Mp3 is not null)
        {
            await mp3.EncodeAsync(outputs.Wav, outputs.Mp3, audio.Value.SampleRate, audio.Value.Mp3BitrateKbps, cancellationToken).ConfigureAwait(false);
        }
        progress.Report(0.92);
        if (outputs.Waveform is not null)
        {
            await waveforms.RenderAsync(outputs.Wav, outputs.Waveform, WaveformSize.Default, WaveformColor.StudioBlue, cancellationToken).ConfigureAwait(false);
        }
        if (outputs.Peaks is not null)
        {
            await peaks.EnsureAsync(outputs.Wav, outputs.Peaks, cancellationToken).ConfigureAwait(false);
        }
        // The output is always PCM WAV: its header has the length, without starting ffprobe.
        var duration = WavHeader.DurationSeconds(outputs.Wav) ?? (await probe.RequireAudioAsync(outputs.Wav, cancellationToken).ConfigureAwait(false)).DurationSeconds;
        progress.Report(1);
        return new FinishedSpeech(duration, measured.IntegratedLufs, measured.TruePeakDbtp, measured.LoudnessRangeLu);
    }

    private async Task<(Jingle? Intro, Jingle? Outro, Jingle? Bed, bool Any)> JinglesAsync(SpeechJobPayload payload, CancellationToken cancellationToken)
    {
        var intro = await FindJingleAsync(payload.IntroJingleId, cancellationToken).ConfigureAwait(false);
        var outro = await FindJingleAsync(payload.OutroJingleId, cancellationToken).ConfigureAwait(false);
        var bed = await FindJingleAsync(payload.BedJingleId, cancellationToken).ConfigureAwait(false);
        return (intro, outro, bed, intro is not null || outro is not null || bed is not null);
    }

    private async Task<Jingle?> FindJingleAsync(string? id, CancellationToken cancellationToken) =>
        id is null ? null
        : await jingles.FindAsync(id, cancellationToken).ConfigureAwait(false)
          ?? throw new JobPermanentException("UnknownJingle", Texts<VoicesText>.Format("JingleGone", id));

    /// <summary>
    /// espeak-ng speech has a high peak-to-loudness ratio: reaching the target with one gain would
    /// push its peaks over the ceiling, so loudnorm falls back to dynamic mode, which lands short
    /// speech more than 1 LU under the target (-17.2 LUFS for 4.6 s at speed 1.6). In that case the
    /// gain is applied first and the peaks limited (at 192 kHz, so inter-sample peaks are caught)
    /// well under the ceiling, and the linear pass then only trims what limiting took.
    /// </summary>
    private async Task<string> LimitPeaksIfNeededAsync(string input, string workDirectory, CancellationToken cancellationToken)
    {
        var settings = audio.Value;
        var level = await meter.MeasureAsync(input, cancellationToken).ConfigureAwait(false);
        if (level.IntegratedLufs <= LoudnessMeasurement.SilenceFloor)
        {
            return input; // silence: nothing to limit
        }
        var gain = settings.TargetIntegratedLufs - level.IntegratedLufs;
        if (level.TruePeakDbtp + gain <= settings.TargetTruePeakDb)
        {
            return input; // one gain reaches the target under the ceiling
        }
        var limit = Math.Pow(10, (settings.TargetTruePeakDb - PeakHeadroomDb) / 20);
        var limited = Path.Combine(workDirectory, "limited.wav");
        var rate = settings.SampleRate.ToString(CultureInfo.InvariantCulture);
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
        [
            "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", input,
            "-af", string.Create(CultureInfo.InvariantCulture,
                $"aresample=192000,volume={gain:0.###}dB,alimiter=limit={limit:0.#####}:attack=5:release=50:level=false,aresample={rate}"),
            "-c:a", "pcm_f32le", limited,
        ]) { Timeout = TimeSpan.FromMinutes(10) }, cancellationToken).ConfigureAwait(false);
        return limited;
    }

    /// <summary>How far under the true-peak ceiling the limiter holds peaks, leaving room for the linear pass's trim.</summary>
    private const double PeakHeadroomDb = 3;

    private async Task JoinAsync(IReadOnlyList<SpeechPart> parts, string output, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "-hide_banner", "-nostdin", "-y", "-loglevel", "error" };
        var files = parts.Where(p => !p.IsPause).ToList();
        foreach (var part in files)
        {
            arguments.AddRange(["-i", part.File!]);
        }
        var rate = audio.Value.SampleRate.ToString(CultureInfo.InvariantCulture);
        if (parts.All(p => !p.IsPause && !p.TrimStart && !p.TrimEnd))
        {
            var inputs = string.Concat(Enumerable.Range(0, parts.Count).Select(i => $"[{i}:a]"));
            arguments.AddRange(["-filter_complex", $"{inputs}concat=n={parts.Count}:v=0:a=1,aresample={rate}[out]", "-map", "[out]", "-ac", "1", "-c:a", "pcm_s16le", output]);
        }
        else
        {
            arguments.AddRange(["-filter_complex", PausedJoin(parts, audio.Value.SampleRate, out var joined), "-map", joined.ToString(), "-ac", "1", "-c:a", "pcm_s16le", output]);
        }
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path, arguments) { Timeout = TimeSpan.FromMinutes(10) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Speech and pauses end to end: every piece brought to one rate and mono (concat needs them alike), the
    /// engine's quiet cut beside each pause, and each pause exact silence of its own length.
    /// </summary>
    public static string PausedJoin(IReadOnlyList<SpeechPart> parts, int sampleRate, out FilterPad joined)
    {
        var graph = new FilterGraph();
        var pads = new List<FilterPad>(parts.Count);
        var input = 0;
        foreach (var part in parts)
        {
            if (part.IsPause)
            {
                pads.Add(graph.Source(PauseFilters.Silence(part.PauseSeconds, sampleRate)));
                continue;
            }
            var filters = new List<FfmpegFilter>(AudioFilters.Mono(sampleRate));
            if (part.TrimStart)
            {
                filters.Add(PauseFilters.TrimLeadingQuiet());
            }
            if (part.TrimEnd)
            {
                filters.AddRange(PauseFilters.TrimTrailingQuiet());
            }
            pads.Add(graph.Chain(FilterPad.AudioInput(input++), [.. filters]));
        }
        joined = pads.Count == 1 ? pads[0] : graph.Chain(pads, AudioFilters.Concat(pads.Count));
        return graph.ToString();
    }

    private async Task EncodeAsync(string input, string output, AudioOutputFormat format, CancellationToken cancellationToken) =>
        await runner.RunAsync(new ProcessSpec(tools.Ffmpeg.Path,
            ["-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-i", input,
             "-ar", audio.Value.SampleRate.ToString(CultureInfo.InvariantCulture), .. AudioOutputFormatArguments.For(format, audio.Value), output])
            { Timeout = TimeSpan.FromMinutes(10) }, cancellationToken).ConfigureAwait(false);
}
