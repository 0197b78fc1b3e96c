using GenScene.Studio.Infrastructure.Localization;
using System.Text.Json;
using GenScene.Studio.Features.Audio;
using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Features.Composition.Captions;
using GenScene.Studio.Features.Composition.Output;
using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Features.Composition.Soundtrack;
using GenScene.Studio.Features.Composition.Sources;
using GenScene.Studio.Features.Composition.Video;
using GenScene.Studio.Features.Composition.Voicing;
using GenScene.Studio.Features.Jobs;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Probing;

namespace GenScene.Studio.Features.Composition;

/// <summary>
/// The "episode.compose" job: voices every scene sentence by sentence, plans a frame-exact timeline,
/// renders (or reuses) a segment per scene and per transition overlap, builds beside them one
/// continuous audio track (measured as it is mixed, brought to the loudness target and encoded to
/// AAC in one go), joins the segments and the sound (and the captions as a mov_text track, unless they are
/// burned in) in one stream copy, and checks the result with ffprobe.
/// Outputs episode.mp4, thumbnail.jpg, captions.srt and captions.vtt.
/// </summary>
public sealed class ComposeEpisodeHandler(
    SceneVoicer voicer, SceneVisuals visuals, VideoAssembler video, SoundtrackBuilder soundtrack, EpisodeMuxer muxer,
    MediaProbe probe, SegmentCache segments, JobMetrics metrics, IOptions<AudioOptions> audio, IOptions<CompositionOptions> options,
    ILogger<ComposeEpisodeHandler> logger) : JobHandler<CompositionSpec>
{
    public const string JobKind = CompositionJobs.JobKind;

    public override string Kind => JobKind;

    protected override JobLabel Label(CompositionSpec payload, string jobId) =>
        new(string.IsNullOrWhiteSpace(payload.Title) ? Texts<CompositionText>.Get("LabelUntitled") : Texts<CompositionText>.Format("LabelTitled", Quote(payload.Title, 60)));

    protected override async Task RunAsync(CompositionSpec spec, JobContext context, CancellationToken cancellationToken)
    {
        if (CompositionSpecValidator.Problems(spec) is { Count: > 0 } problems)
        {
            throw new JobPermanentException("InvalidSpec", Texts<CompositionText>.Format("CannotRender", string.Join("; ", problems)));
        }
        var format = new FrameFormat(spec.Width, spec.Height, spec.Fps);
        var work = context.WorkDirectory;
        var report = context.Progress;
        var n = spec.Scenes.Count;

        var shown = await visuals.ResolveAsync(spec, format, work, cancellationToken).ConfigureAwait(false);
        var music = await visuals.MusicAsync(spec.MusicAssetId, cancellationToken).ConfigureAwait(false);

        report.Report(new JobProgress(0, "voicing", $"scene 1 of {n}"));
        var voiced = await voicer.VoiceAsync(spec.Scenes, work,
            done => report.Report(new JobProgress(15.0 * done / n, "voicing", $"scene {Math.Min(done + 1, n)} of {n}")), cancellationToken).ConfigureAwait(false);

        var plan = CompositionPlanner.Plan(
            [.. spec.Scenes.Select((scene, i) => new SceneTimingInput(scene.Number, scene.PaddingBeforeSeconds, scene.PaddingAfterSeconds,
                [.. voiced[i].Select(SceneVoicer.ForPlan)], ClipSeconds(shown[i]), TextOnScreen: shown[i].Kind == VisualKind.TitleCard))],
            spec.Fps, audio.Value.SampleRate, spec.Transition, spec.TransitionSeconds);
        var srt = context.Output("captions.srt", "application/x-subrip");
        await File.WriteAllTextAsync(srt, CaptionWriter.Srt(plan.Cues), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(context.Output("captions.vtt", "text/vtt"), CaptionWriter.Vtt(plan.Cues), cancellationToken).ConfigureAwait(false);
        // The timeline as planned: for an editor's timeline view, and what the result is checked against.
        await File.WriteAllTextAsync(context.Output("plan.json", "application/json"), JsonSerializer.Serialize(plan, JobJson.Options), cancellationToken).ConfigureAwait(false);

        report.Report(new JobProgress(15, "rendering", $"scene 1 of {n}"));
        // Captions are either drawn into the picture (for feeds that show no caption track) or a soft track, never both,
        // so turning CC on never shows them twice. The SRT and VTT files are written either way.
        var burned = spec.BurnedCaptions
            ? await BurnedCaptions.PrepareAsync(plan, format, Path.Combine(work, "captions"), options.Value.FontFile,
                spec.Scenes.Select((scene, i) => (scene.Number, shown[i].Style)).ToDictionary(s => s.Number, s => s.Style), cancellationToken).ConfigureAwait(false)
            : BurnedCaptions.None;
        var softCaptions = spec.SoftCaptions && plan.Cues.Count > 0 ? new SoftCaptions(srt, spec.Language) : null;
        // The picture and the soundtrack need nothing from each other: build them side by side. On a
        // recompose only the edited scene renders, and the soundtrack uses the core it leaves idle.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var soundtrackTask = BuildSoundtrackAsync(plan, voiced, shown, music, spec.MusicLevelDb, work, failed.Token);
        AssembledVideo picture;
        string joined;
        var thumbnail = context.Output("thumbnail.jpg", "image/jpeg");
        try
        {
            picture = await video.AssembleAsync(plan, shown, format, burned,
                (fraction, what) => report.Report(new JobProgress(15 + fraction * 70, "rendering", $"{what} of {n}")), failed.Token).ConfigureAwait(false);
            // The picture is joined (a copy) and its thumbnail taken (from its segment, or beside it in the cache) while the
            // soundtrack is still mixed and encoded: after a text edit the soundtrack is the longest step, and neither needs it.
            var joining = muxer.JoinAsync(picture.Entries, format.Fps, work, failed.Token);
            await Task.WhenAll(joining, muxer.ThumbnailAsync(picture.Poster, format.Fps, thumbnail, failed.Token)).ConfigureAwait(false);
            joined = await joining.ConfigureAwait(false);
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(soundtrackTask).ConfigureAwait(false); // let its ffmpeg be stopped before the workspace goes
            throw;
        }
        report.Report(new JobProgress(85, "normalizing", "narration and music on one track, at the loudness target, as AAC"));
        var track = await soundtrackTask.ConfigureAwait(false);

        report.Report(new JobProgress(90, "muxing", "picture and soundtrack by stream copy, faststart"));
        var episode = context.Output(CompositionJobs.VideoFileName, "video/mp4");
        var rendered = picture.RenderedScenes;
        await muxer.MuxAsync(joined, track, episode, cancellationToken, softCaptions).ConfigureAwait(false);
        segments.Evict(); // only now: until the join, this episode's segments had to stay

        report.Report(new JobProgress(95, "verifying", "ffprobe"));
        await VerifyAsync(episode, plan, format, softCaptions is not null, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Composed {Scenes} scenes ({Rendered} rendered, {Cached} from cache) into {Seconds} s",
            n, rendered, n - rendered, plan.DurationSeconds);
        report.Report(new JobProgress(100, "verified", $"{plan.DurationSeconds:0.00} s, {rendered} of {n} scenes rendered"));
    }

    /// <summary>
    /// Narration at its sample offsets, the music bed ducked under it, measured and encoded to AAC at the
    /// loudness target; kept in the segment cache, so a composition that changed nothing heard reuses it.
    /// </summary>
    private async Task<string> BuildSoundtrackAsync(CompositionPlan plan, IReadOnlyList<IReadOnlyList<SentenceAudio>> voiced, IReadOnlyList<SceneVisual> shown,
        SceneMedia? music, double musicLevelDb, string work, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var sounds = Sounds(plan, voiced, shown);
        var key = await SoundtrackKey.ComputeAsync(sounds, plan.TotalSamples, music, musicLevelDb, audio.Value, options.Value, cancellationToken).ConfigureAwait(false);
        if (segments.TryGet(key, out var cached))
        {
            metrics.Record(JobKind, "soundtrack", "hit", started.Elapsed);
            return cached;
        }
        var mix = Path.Combine(work, "foreground.wav");
        var loudness = await soundtrack.RenderForegroundAsync(sounds, plan.TotalSamples, mix, cancellationToken).ConfigureAwait(false);
        if (music is not null)
        {
            var bed = Path.Combine(work, "music.wav");
            await soundtrack.RenderBedAsync(music.Path, musicLevelDb, mix, loudness, plan.TotalSamples, bed, cancellationToken).ConfigureAwait(false);
            var withMusic = Path.Combine(work, "mix.wav");
            loudness = await soundtrack.MixAsync(mix, bed, withMusic, cancellationToken).ConfigureAwait(false);
            mix = withMusic;
        }
        var track = segments.NewTemporaryPath();
        try
        {
            await soundtrack.EncodeAsync(mix, loudness, track, cancellationToken).ConfigureAwait(false);
            var path = segments.Commit(key, track);
            metrics.Record(JobKind, "soundtrack", "rendered", started.Elapsed);
            return path;
        }
        finally
        {
            File.Delete(track); // gone already once committed
        }
    }

    private static double? ClipSeconds(SceneVisual visual) => visual is { Kind: VisualKind.Clip, Media: { } media } ? media.DurationSeconds : null;

    /// <summary>Every sentence at its planned sample; a clip's own sound where it has no narration.</summary>
    private static List<PlacedSound> Sounds(CompositionPlan plan, IReadOnlyList<IReadOnlyList<SentenceAudio>> voiced, IReadOnlyList<SceneVisual> shown)
    {
        var sounds = new List<PlacedSound>();
        for (var i = 0; i < plan.Scenes.Count; i++)
        {
            var scene = plan.Scenes[i];
            sounds.AddRange(scene.Sentences.Select((s, j) => new PlacedSound(voiced[i][j].WavPath, s.StartSample, s.Samples)));
            if (scene.Sentences.Count == 0 && shown[i] is { Kind: VisualKind.Clip, Media: { HasAudio: true } clip })
            {
                sounds.Add(new PlacedSound(clip.Path, plan.Samples(scene.StartFrame), plan.Samples(scene.Frames), Loop: true, clip.Fingerprint));
            }
        }
        return sounds;
    }

    private async Task VerifyAsync(string episode, CompositionPlan plan, FrameFormat format, bool softCaptions, CancellationToken cancellationToken)
    {
        var (report, problem) = File.Exists(episode) ? await probe.ProbeAsync(episode, cancellationToken).ConfigureAwait(false) : (null, "the file does not exist");
        var problems = report is null ? [$"ffprobe cannot read it: {problem}"] : EpisodeVerifier.Problems(MediaInfo.From(report), plan, format, audio.Value.SampleRate, softCaptions);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The composed episode is not what was planned: " + string.Join("; ", problems) + ".");
        }
    }
}
