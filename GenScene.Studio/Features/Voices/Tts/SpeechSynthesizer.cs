using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Features.Jobs;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>What was spoken, by which engine, and how it measured.</summary>
public sealed record SpokenAudio(string Engine, string VoiceName, double DurationSeconds, double? IntegratedLufs, double? TruePeakDb, double? LoudnessRange, bool FromCache);

/// <summary>
/// Text to finished speech (WAV, MP3, waveform; or the WAV alone, see <see cref="SpeechOutputs.WavOnly"/>). A cached rendition is returned without running any
/// engine; otherwise the voice's engine speaks the text sentence-split to its limit, falling back to
/// another engine with a voice in the same language when it fails, and the parts are joined,
/// finished (loudness, jingles) and cached. Used by the "tts" job and by episode composition.
/// </summary>
public sealed class SpeechSynthesizer(
    VoiceCatalog catalog,
    TtsEngines engines,
    AudioCache cache,
    SpeechFinisher finisher,
    WaveformPeaksFiles peaks,
    JobMetrics metrics,
    ILogger<SpeechSynthesizer> logger)
{
    public async Task<SpokenAudio> SpeakAsync(SpeechJobPayload payload, SpeechOutputs outputs, string workDirectory, IProgress<JobProgress> progress, CancellationToken cancellationToken)
    {
        var voice = await catalog.FindAsync(payload.VoiceId, cancellationToken).ConfigureAwait(false)
            ?? throw new JobPermanentException("UnknownVoice", $"There is no voice '{payload.VoiceId}'.");
        var candidates = await engines.CandidatesAsync(voice, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            throw new TtsEngineException(voice.Provider, $"The {voice.Provider} engine is not configured and no other engine has a {voice.Language} voice.");
        }

        Exception? lastFailure = null;
        foreach (var (engine, speaker) in candidates)
        {
            try
            {
                var key = AudioCache.Key(new
                {
                    engine = engine.Name,
                    version = await engine.VersionAsync(cancellationToken).ConfigureAwait(false),
                    voice = speaker.ProviderVoiceId,
                    payload.Settings,
                    payload.Text,
                    formats = outputs.IsWavOnly ? "wav48k" : "wav48k+mp3",
                    finish = await finisher.DescribeAsync(payload, cancellationToken).ConfigureAwait(false),
                });
                // Scenes that share a sentence ask for it at the same time: the first makes it, the others wait and hit.
                using var held = await cache.LockAsync(key, cancellationToken).ConfigureAwait(false);
                if (await cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
                {
                    metrics.Record(TtsJobHandler.JobKind, "cache", "hit", TimeSpan.Zero);
                    if (outputs.Peaks is not null)
                    {
                        // Renditions cached before the peaks existed get them once, in the cache, from their own WAV.
                        await peaks.EnsureAsync(Path.Combine(hit.Directory, Path.GetFileName(outputs.Wav)),
                            Path.Combine(hit.Directory, Path.GetFileName(outputs.Peaks)), cancellationToken).ConfigureAwait(false);
                    }
                    outputs.CopyFrom(hit.Directory);
                    progress.Report(new JobProgress(100, "cached", $"{engine.Name}, {speaker.Name}"));
                    return new SpokenAudio(engine.Name, speaker.Name, hit.Entry.DurationSeconds, hit.Entry.IntegratedLufs, hit.Entry.TruePeakDb, hit.Entry.LoudnessRange, FromCache: true);
                }
                metrics.Record(TtsJobHandler.JobKind, "cache", "miss", TimeSpan.Zero);

                var parts = await SynthesizeAsync(engine, speaker, payload, workDirectory, progress, cancellationToken).ConfigureAwait(false);
                var finished = await finisher.FinishAsync(parts, payload, outputs, workDirectory,
                    new Progress(fraction => progress.Report(new JobProgress(50 + fraction * 50, "finishing", SpeechFinisher.StageDetail(payload)))),
                    cancellationToken).ConfigureAwait(false);
                var loudness = finished.Measured ? (finished.IntegratedLufs, finished.TruePeakDb, finished.LoudnessRange) : ((double, double, double)?)null;
                await cache.StoreAsync(key, engine.Name, outputs.All, finished.DurationSeconds, loudness, cancellationToken).ConfigureAwait(false);
                progress.Report(new JobProgress(100, "done", $"{engine.Name}, {speaker.Name}"));
                return new SpokenAudio(engine.Name, speaker.Name, finished.DurationSeconds, loudness?.Item1, loudness?.Item2, loudness?.Item3, FromCache: false);
            }
            catch (TtsEngineException ex)
            {
                lastFailure = ex;
                logger.LogWarning("Engine {Engine} failed: {Error}; trying the next engine", engine.Name, ex.Message);
            }
        }
        throw new TtsEngineException("all engines", $"no engine could speak this text (last: {lastFailure?.Message})", lastFailure);
    }

    private static async Task<IReadOnlyList<string>> SynthesizeAsync(ITtsEngine engine, Voice speaker, SpeechJobPayload payload, string workDirectory, IProgress<JobProgress> progress, CancellationToken cancellationToken)
    {
        var texts = SentenceSplitter.Split(payload.Text, engine.MaxCharacters);
        var files = new List<string>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            progress.Report(new JobProgress(50.0 * i / texts.Count, "synthesizing", $"{engine.Name}, part {i + 1} of {texts.Count}"));
            files.Add(await engine.SynthesizeAsync(texts[i], speaker, payload.Settings, workDirectory, cancellationToken).ConfigureAwait(false));
        }
        return files;
    }

    /// <summary>Synchronous IProgress (the framework's Progress posts to a context we do not have).</summary>
    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
