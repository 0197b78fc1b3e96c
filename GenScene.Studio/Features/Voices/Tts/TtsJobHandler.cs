using GenScene.Studio.Data;
using GenScene.Studio.Features.Audio.Waveforms;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Features.Voices.Tts;

/// <summary>The "tts" job: the speech pipeline (<see cref="SpeechSynthesizer"/>) with its result recorded for the page.</summary>
public sealed class TtsJobHandler(
    SpeechSynthesizer synthesizer,
    IDbContextFactory<StudioDbContext> contexts,
    TimeProvider time) : JobHandler<SpeechJobPayload>
{
    public const string JobKind = "tts";

    public override string Kind => JobKind;

    /// <summary>The speech file of a format: tts.wav or tts.mp3 (both are written; the format decides which one a caller is pointed at).</summary>
    public static string FileNameFor(string format) => $"tts.{format}";
    /// <summary>The speech page that shows the result (<c>/speech?result=</c>); a sample has no page to go back to.</summary>
    public static string ResultLink(string jobId) => $"/speech?result={jobId}";

    protected override JobLabel Label(SpeechJobPayload payload, string jobId) => payload.Generation
        ? new($"Speech: '{Quote(payload.Text)}'", ResultLink(jobId))
        : new($"Listen: '{Quote(payload.Text)}'");

    protected override async Task RunAsync(SpeechJobPayload payload, JobContext context, CancellationToken cancellationToken)
    {
        var outputs = new SpeechOutputs(
            context.Output("tts.wav", "audio/wav"), context.Output("tts.mp3", "audio/mpeg"), context.Output("waveform.png", "image/png"),
            context.Output(WaveformPeaksFiles.FileName, "application/json"));
        var spoken = await synthesizer.SpeakAsync(payload, outputs, context.WorkDirectory, context.Progress, cancellationToken).ConfigureAwait(false);
        if (!payload.Generation)
        {
            return; // a sample is heard once from the job's files; it is nobody's recent speech
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // A retried attempt replaces what an earlier one recorded.
        await db.SpeechResults.Where(r => r.JobId == context.JobId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.SpeechResults.Add(new SpeechResult
        {
            JobId = context.JobId, Text = payload.Text, VoiceId = payload.VoiceId, Engine = spoken.Engine, Format = payload.Format,
            DurationSeconds = spoken.DurationSeconds, IntegratedLufs = spoken.IntegratedLufs, TruePeakDb = spoken.TruePeakDb,
            LoudnessRange = spoken.LoudnessRange, CacheHits = spoken.FromCache ? 1 : 0, CacheMisses = spoken.FromCache ? 0 : 1,
            CreatedAt = time.GetUtcNow(), CreatedById = context.CreatedBy?.Id, CreatedByName = context.CreatedBy?.Name,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The files a speech job writes; episode composition asks for the WAV alone (<see cref="WavOnly"/>).</summary>
/// <param name="Peaks">The waveform's peaks as JSON (<see cref="WaveformPeaks"/>), beside the WAV.</param>
public sealed record SpeechOutputs(string Wav, string? Mp3, string? Waveform, string? Peaks = null)
{
    /// <summary>
    /// Only the WAV, for callers that mix it into something else (episode composition): no MP3, no
    /// waveform, and unless the speech is normalized or mixed with jingles, no loudness measurement.
    /// Cached under its own key, so speech pages never get a rendition without its MP3.
    /// </summary>
    public static SpeechOutputs WavOnly(string wav) => new(wav, null, null);

    public bool IsWavOnly => Mp3 is null && Waveform is null && Peaks is null;

    public IReadOnlyList<string> All => [Wav, .. new[] { Mp3, Waveform, Peaks }.OfType<string>()];

    public void CopyFrom(string cachedDirectory)
    {
        foreach (var target in All)
        {
            FileLinks.LinkOrCopy(Path.Combine(cachedDirectory, Path.GetFileName(target)), target);
        }
    }
}
