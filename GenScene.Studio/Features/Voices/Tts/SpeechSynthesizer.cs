using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Voices.Lexicon;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Localization;

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
    LexiconService lexicon,
    IOptions<TtsOptions> options,
    ILogger<SpeechSynthesizer> logger)
{
    public async Task<SpokenAudio> SpeakAsync(SpeechJobPayload payload, SpeechOutputs outputs, string workDirectory, IProgress<JobProgress> progress, CancellationToken cancellationToken)
    {
        var voice = await catalog.FindAsync(payload.VoiceId, cancellationToken).ConfigureAwait(false)
            ?? throw new JobPermanentException("UnknownVoice", Texts<VoicesText>.Format("VoiceUnknown", payload.VoiceId));
        var candidates = await engines.CandidatesAsync(voice, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            throw new TtsEngineException(voice.Provider, $"The {voice.Provider} engine is not configured and no other engine has a {voice.Language} voice.");
        }

        // Pause marks are read before the lexicon, so "[pause 1.5s]" never becomes words.
        var script = SpeechMarkup.Parse(payload.Text, options.Value.ParagraphPauseSeconds);
        var rules = await lexicon.RulesAsync(cancellationToken).ConfigureAwait(false);
        if (payload.Lexicon is { } preview)
        {
            rules = rules.With(preview);
        }
        Exception? lastFailure = null;
        foreach (var (engine, speaker) in candidates)
        {
            try
            {
                var spoken = Pronounce(script, rules, engine, speaker.Language);
                var key = AudioCache.Key(new
                {
                    engine = engine.Name,
                    version = await engine.VersionAsync(cancellationToken).ConfigureAwait(false),
                    voice = speaker.ProviderVoiceId,
                    payload.Settings,
                    // The text as the engine gets it: a lexicon edit misses only for the texts it rewrites.
                    Text = SpeechMarkup.KeyText(spoken),
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

                var parts = await SynthesizeAsync(engine, speaker, spoken, payload.Settings, workDirectory, progress, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Every text piece as this engine should say it in <paramref name="language"/> (the lexicon's entries and built-ins).</summary>
    public static IReadOnlyList<ScriptPiece> Pronounce(IReadOnlyList<ScriptPiece> script, LexiconRules rules, ITtsEngine engine, string language) =>
        [.. script.Select(piece => piece.IsPause ? piece : piece with { Text = rules.Rewrite(piece.Text!, language, engine as IPhonemeReader) })];

    private static async Task<IReadOnlyList<SpeechPart>> SynthesizeAsync(ITtsEngine engine, Voice speaker, IReadOnlyList<ScriptPiece> script, VoiceSettings settings,
        string workDirectory, IProgress<JobProgress> progress, CancellationToken cancellationToken)
    {
        var texts = script.Select(piece => piece.IsPause ? [] : SentenceSplitter.Split(piece.Text!, engine.MaxCharacters)).ToList();
        var total = texts.Sum(t => t.Count);
        var parts = new List<SpeechPart>(total + script.Count);
        var done = 0;
        for (var p = 0; p < script.Count; p++)
        {
            if (script[p].IsPause)
            {
                parts.Add(SpeechPart.Pause(script[p].PauseSeconds));
                continue;
            }
            foreach (var text in texts[p])
            {
                progress.Report(new JobProgress(50.0 * done / total, "synthesizing", $"{engine.Name}, part {done + 1} of {total}"));
                parts.Add(new SpeechPart(await engine.SynthesizeAsync(text, speaker, settings, workDirectory, cancellationToken).ConfigureAwait(false)));
                done++;
            }
        }
        return SpeechPart.Arrange(parts);
    }

    /// <summary>Synchronous IProgress (the framework's Progress posts to a context we do not have).</summary>
    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
