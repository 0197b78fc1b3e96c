using GenScene.Studio.Data;
using GenScene.Studio.Features.Jobs;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>
/// The "tts" job: text to finished speech (tts.wav, tts.mp3, waveform.png). A cached rendition is
/// returned without running any engine; otherwise the voice's engine speaks the text sentence-split
/// to its limit, falling back to another engine with a voice in the same language when it fails,
/// and the parts are joined, finished to the loudness target and cached.
/// </summary>
public sealed class TtsJobHandler(
    VoiceCatalog catalog,
    TtsEngines engines,
    AudioCache cache,
    SpeechFinisher finisher,
    JobMetrics metrics,
    IDbContextFactory<StudioDbContext> contexts,
    TimeProvider time,
    ILogger<TtsJobHandler> logger) : JobHandler<SpeechJobPayload>
{
    public const string JobKind = "tts";

    public override string Kind => JobKind;

    protected override async Task RunAsync(SpeechJobPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var voice = await catalog.FindAsync(payload.VoiceId, cancellationToken).ConfigureAwait(false)
            ?? throw new JobPermanentException("UnknownVoice", $"There is no voice '{payload.VoiceId}'.");
        var outputs = new SpeechOutputs(
            context.Output("tts.wav", "audio/wav"), context.Output("tts.mp3", "audio/mpeg"), context.Output("waveform.png", "image/png"));
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
                    formats = "wav48k+mp3",
                    finish = await finisher.DescribeAsync(payload, cancellationToken).ConfigureAwait(false),
                });
                if (await cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
                {
                    metrics.Record(JobKind, "cache", "hit", TimeSpan.Zero);
                    outputs.CopyFrom(hit.Directory);
                    await RecordAsync(context, payload, engine.Name, hit.Entry.DurationSeconds,
                        (hit.Entry.IntegratedLufs, hit.Entry.TruePeakDb, hit.Entry.LoudnessRange), hits: 1, cancellationToken).ConfigureAwait(false);
                    context.Progress.Report(new JobProgress(100, "cached", $"{engine.Name}, {speaker.Name}"));
                    return;
                }
                metrics.Record(JobKind, "cache", "miss", TimeSpan.Zero);

                var parts = await SynthesizeAsync(engine, speaker, payload, context, cancellationToken).ConfigureAwait(false);
                var finished = await finisher.FinishAsync(parts, payload, outputs, context.WorkDirectory,
                    new Progress(fraction => context.Progress.Report(new JobProgress(50 + fraction * 50, "finishing", SpeechFinisher.StageDetail(payload)))),
                    cancellationToken).ConfigureAwait(false);
                await cache.StoreAsync(key, engine.Name, outputs.All, finished.DurationSeconds,
                    (finished.IntegratedLufs, finished.TruePeakDb, finished.LoudnessRange), cancellationToken).ConfigureAwait(false);
                await RecordAsync(context, payload, engine.Name, finished.DurationSeconds,
                    (finished.IntegratedLufs, finished.TruePeakDb, finished.LoudnessRange), hits: 0, cancellationToken).ConfigureAwait(false);
                context.Progress.Report(new JobProgress(100, "done", $"{engine.Name}, {speaker.Name}"));
                return;
            }
            catch (TtsEngineException ex)
            {
                lastFailure = ex;
                logger.LogWarning("Engine {Engine} failed for job {JobId}: {Error}; trying the next engine", engine.Name, context.JobId, ex.Message);
            }
        }
        throw new TtsEngineException("all engines", $"no engine could speak this text (last: {lastFailure?.Message})", lastFailure);
    }

    private static async Task<IReadOnlyList<string>> SynthesizeAsync(ITtsEngine engine, Voice speaker, SpeechJobPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var texts = SentenceSplitter.Split(payload.Text, engine.MaxCharacters);
        var files = new List<string>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            context.Progress.Report(new JobProgress(50.0 * i / texts.Count, "synthesizing", $"{engine.Name}, part {i + 1} of {texts.Count}"));
            files.Add(await engine.SynthesizeAsync(texts[i], speaker, payload.Settings, context.WorkDirectory, cancellationToken).ConfigureAwait(false));
        }
        return files;
    }

    private async Task RecordAsync(JobContext context, SpeechJobPayload payload, string engine, double duration,
        (double? Integrated, double? TruePeak, double? Range) loudness, int hits, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // A retried attempt replaces what an earlier one recorded.
        await db.SpeechResults.Where(r => r.JobId == context.JobId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.SpeechResults.Add(new SpeechResult
        {
            JobId = context.JobId, Text = payload.Text, VoiceId = payload.VoiceId, Engine = engine, Format = payload.Format,
            DurationSeconds = duration, IntegratedLufs = loudness.Integrated, TruePeakDb = loudness.TruePeak, LoudnessRange = loudness.Range,
            CacheHits = hits, CacheMisses = 1 - hits, CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Synchronous IProgress (the framework's Progress posts to a context we do not have).</summary>
    private sealed class Progress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}

/// <summary>The three files a speech job writes.</summary>
public sealed record SpeechOutputs(string Wav, string Mp3, string Waveform)
{
    public IReadOnlyList<string> All => [Wav, Mp3, Waveform];

    public void CopyFrom(string cachedDirectory)
    {
        foreach (var target in All)
        {
            File.Copy(Path.Combine(cachedDirectory, Path.GetFileName(target)), target, overwrite: true);
        }
    }
}
