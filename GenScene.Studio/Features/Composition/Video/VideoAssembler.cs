using GenScene.Studio.Infrastructure.Localization;
using System.Diagnostics;
using GenScene.Studio.Features.Composition.Caching;
using GenScene.Studio.Features.Composition.Planning;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Infrastructure.Processes;
using Microsoft.Extensions.Options;
using GenScene.Studio.Infrastructure.Media.Filters;

namespace GenScene.Studio.Features.Composition.Video;

/// <summary>
/// The picture (video only) as its segments in order, cached or rendered for this composition; they
/// are joined by copy when the sound is muxed in (<see cref="Output.EpisodeMuxer"/>).
/// </summary>
public sealed record AssembledVideo(IReadOnlyList<JoinEntry> Entries, int RenderedScenes, PosterFrame Poster);

/// <summary>The thumbnail's frame: <paramref name="Frame"/> of the segment at <paramref name="SegmentPath"/>, cached under <paramref name="SegmentKey"/>.</summary>
public sealed record PosterFrame(string SegmentPath, string SegmentKey, int Frame);

/// <summary>
/// The picture of an episode: each scene's body and each transition's overlap is a segment,
/// taken from the cache or rendered (a few at a time), and the segments are joined by stream copy.
/// </summary>
public sealed class VideoAssembler(
    SceneSource sources, SegmentRenderer renderer, SegmentCache cache, StillFrames stills,
    JobMetrics metrics, IOptions<CompositionOptions> options, ILogger<VideoAssembler> logger)
{
    /// <summary>One segment to render: <paramref name="Scenes"/> are the indexes of the visuals it shows, handed to <paramref name="Graph"/> in that order.</summary>
    /// <param name="Held">A picture that does not change (a still without motion, a moving look or captions over it): two frames encoded, the rest copied.</param>
    /// <param name="TemplateKey">For a held piece, the cache key of its two-frame template: the picture's, without the piece's place or length.</param>
    private sealed record Piece(string Stage, string What, int SceneNumber, string Key, int Frames, int[] Scenes, Func<SceneVisual[], VideoGraph> Graph, string? TemplateKey = null);

    /// <summary>Renders what the cache lacks and lists every segment, in order, for the join.</summary>
    public async Task<AssembledVideo> AssembleAsync(CompositionPlan plan, IReadOnlyList<SceneVisual> visuals, FrameFormat format, BurnedCaptions captions,
        Action<double, string> onProgress, CancellationToken cancellationToken)
    {
        var pieces = Pieces(plan, visuals, format, captions);
        var paths = new string?[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            var started = Stopwatch.StartNew();
            if (cache.TryGet(pieces[i].Key, out var cached))
            {
                paths[i] = cached;
                metrics.Record(ComposeEpisodeHandler.JobKind, pieces[i].Stage, "hit", started.Elapsed);
            }
        }
        var renderedScenes = await RenderMissingAsync(plan, visuals, pieces, paths, format, onProgress, cancellationToken).ConfigureAwait(false);
        return new AssembledVideo([.. pieces.Select((piece, i) => new JoinEntry(paths[i]!, piece.Frames))], renderedScenes, Poster(plan, pieces, paths));
    }

    /// <summary>
    /// The episode's frame shown as its thumbnail, about a second in (the middle of a shorter one): the
    /// first frame at or after that time, found in the segment that holds it. Segments are joined by
    /// copy, so it decodes to the same picture there as in the episode.
    /// </summary>
    private static PosterFrame Poster(CompositionPlan plan, List<Piece> pieces, string?[] paths)
    {
        var frame = Math.Clamp((int)Math.Ceiling(Math.Min(1, plan.DurationSeconds / 2) * plan.Fps - 1e-9), 0, plan.TotalFrames - 1);
        var start = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (frame < start + pieces[i].Frames || i == pieces.Count - 1)
            {
                return new PosterFrame(paths[i]!, pieces[i].Key, Math.Clamp(frame - start, 0, pieces[i].Frames - 1));
            }
            start += pieces[i].Frames;
        }
        throw new InvalidOperationException("An episode has at least one piece.");
    }

    /// <summary>Renders the pieces the cache lacks, a few at a time; returns how many scenes had (part of) their body rendered.</summary>
    private async Task<int> RenderMissingAsync(CompositionPlan plan, IReadOnlyList<SceneVisual> visuals, List<Piece> pieces, string?[] paths, FrameFormat format,
        Action<double, string> onProgress, CancellationToken cancellationToken)
    {
        // A large still is fitted once, by the first piece that needs it, for every piece that shows it.
        var ready = new System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<Task<SceneVisual>>>();
        Task<SceneVisual> Ready(int scene) =>
            ready.GetOrAdd(scene, i => new Lazy<Task<SceneVisual>>(() => PrepareAsync(plan.Scenes[i].Number, visuals[i], format, cancellationToken))).Value;
        // Likewise a held picture's template, for the pieces of one body rendered side by side.
        var templates = new System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string?>>>();
        Task<string?> Template(Piece piece, SceneVisual[] shown) =>
            templates.GetOrAdd(piece.TemplateKey!, _ => new Lazy<Task<string?>>(() => TemplateAsync(piece, shown, format, cancellationToken))).Value;
        var total = Math.Max(1, pieces.Sum(p => (long)p.Frames));
        var doneFrames = pieces.Where((_, i) => paths[i] is not null).Sum(p => (long)p.Frames);
        var renderedScenes = new HashSet<int>();
        // Longest first: the short transition pieces fill in at the end, so neither core idles behind one long scene.
        var missing = Enumerable.Range(0, pieces.Count).Where(i => paths[i] is null).OrderByDescending(i => pieces[i].Frames).ToList();
        await Parallel.ForEachAsync(missing,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                var piece = pieces[index];
                var started = Stopwatch.StartNew();
                onProgress((double)Interlocked.Read(ref doneFrames) / total, piece.What);
                var shown = await Task.WhenAll(piece.Scenes.Select(Ready)).ConfigureAwait(false);
                var template = piece.TemplateKey is null ? null : await Template(piece, shown).ConfigureAwait(false);
                paths[index] = await RenderAsync(piece, shown, format, template, ct).ConfigureAwait(false);
                metrics.Record(ComposeEpisodeHandler.JobKind, piece.Stage, "rendered", started.Elapsed);
                logger.LogInformation("Rendered {Piece} of {Scenes} scenes ({Frames} frames) in {Ms} ms",
                    piece.What, plan.Scenes.Count, piece.Frames, started.ElapsedMilliseconds);
                if (piece.Stage == "segment")
                {
                    lock (renderedScenes) { renderedScenes.Add(piece.SceneNumber); }
                }
                onProgress((double)Interlocked.Add(ref doneFrames, piece.Frames) / total, piece.What);
            }).ConfigureAwait(false);
        return renderedScenes.Count;
    }

    /// <summary>The visual with its still fitted beforehand when that is worth it (<see cref="StillFrames"/>), else as it is.</summary>
    private async Task<SceneVisual> PrepareAsync(int sceneNumber, SceneVisual visual, FrameFormat format, CancellationToken cancellationToken)
    {
        var (width, height) = SceneSource.StillSize(visual, format);
        if (!StillFrames.Worthwhile(visual, width, height))
        {
            return visual;
        }
        try
        {
            return visual with { Prepared = await stills.PrepareAsync(visual, width, height, cancellationToken).ConfigureAwait(false) };
        }
        catch (ProcessFailedException ex) when (ex is not ProcessTimeoutException)
        {
            throw new JobPermanentException("RenderFailed", Texts<CompositionText>.Format("ScenePictureFailed", sceneNumber, Reason(ex)), ex);
        }
    }

    /// <summary>
    /// A held picture's two-frame template, from the cache or encoded and checked now; null when the picture cannot be
    /// held (its pieces are then encoded whole). Keyed by the picture alone, so a text edit that lengthens a still scene
    /// copies its cached template to the new length instead of encoding and decoding it again (ADR 0031).
    /// </summary>
    private async Task<string?> TemplateAsync(Piece piece, SceneVisual[] shown, FrameFormat format, CancellationToken cancellationToken)
    {
        if (cache.TryGet(piece.TemplateKey!, out var cached))
        {
            metrics.Record(ComposeEpisodeHandler.JobKind, "held-template", "hit", TimeSpan.Zero);
            return cached;
        }
        var temporary = cache.NewTemporaryPath();
        try
        {
            if (!await renderer.RenderHeldTemplateAsync(piece.Graph(shown), format, temporary, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
            metrics.Record(ComposeEpisodeHandler.JobKind, "held-template", "rendered", TimeSpan.Zero);
            return cache.Commit(piece.TemplateKey!, temporary);
        }
        catch (ProcessFailedException ex) when (ex is not ProcessTimeoutException)
        {
            throw new JobPermanentException("RenderFailed", Texts<CompositionText>.Format("ScenePieceFailed", piece.SceneNumber, piece.What, Reason(ex)), ex);
        }
        finally
        {
            File.Delete(temporary); // gone already once committed
        }
    }

    private async Task<string> RenderAsync(Piece piece, SceneVisual[] shown, FrameFormat format, string? template, CancellationToken cancellationToken)
    {
        var temporary = cache.NewTemporaryPath();
        try
        {
            if (template is null || !await SegmentRenderer.HoldAsync(template, piece.Frames, temporary, cancellationToken).ConfigureAwait(false))
            {
                await renderer.RenderAsync(piece.Graph(shown), format, piece.Frames, temporary, _ => { }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                metrics.Record(ComposeEpisodeHandler.JobKind, "held-still", "copied", TimeSpan.Zero);
            }
            return cache.Commit(piece.Key, temporary);
        }
        catch (ProcessFailedException ex) when (ex is not ProcessTimeoutException)
        {
            throw new JobPermanentException("RenderFailed", Texts<CompositionText>.Format("ScenePieceFailed", piece.SceneNumber, piece.What, Reason(ex)), ex);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private List<Piece> Pieces(CompositionPlan plan, IReadOnlyList<SceneVisual> visuals, FrameFormat format, BurnedCaptions captions)
    {
        var encoding = VideoEncoder.Identity(options.Value, format);
        var pieces = new List<Piece>();
        for (var i = 0; i < plan.Scenes.Count; i++)
        {
            var scene = plan.Scenes[i];
            var visual = visuals[i];
            var what = $"scene {i + 1}";
            // A moving body in half intervals: its keyframes cost a few percent more bytes (5-7% measured) but an edited
            // 5 s zoom renders on both cores; a still one only where one encode puts keyframes anyway. A clip is not cut:
            // each piece would decode the clip from its start to reach its own first frame.
            var interval = visual.Kind == VisualKind.Clip ? int.MaxValue : visual.Moves ? VideoEncoder.Gop(format.Fps) / 2 : VideoEncoder.Gop(format.Fps);
            // A held body has one keyframe a piece, so its pieces keep to whole intervals (no remainder merged into the
            // piece before): its keyframes still fall every 5 s, where one encode puts them and seeking expects them.
            foreach (var (from, count, part) in BodyChunks(scene.HeadFrames, scene.BodyFrames, interval, mergeRemainder: !(Unchanging(visual) && captions.IsEmpty)))
            {
                var shown = captions.For(scene.StartFrame + from, count);
                var held = Unchanging(visual) && shown.Count == 0 && count >= 3;
                var key = SegmentCache.Key(new { piece = "body", scene = visual.Identity, scene.Frames, from, count, encoding, captions = BurnedCaptions.Identity(shown), held });
                // The template shows the same picture whatever the piece's place and length in its scene (the transitions' key rests on this too).
                var template = held ? SegmentCache.Key(new { piece = "held-template", scene = visual.Identity, encoding }) : null;
                pieces.Add(new Piece("segment", part == 0 ? what : $"{what} (part {part})", scene.Number, key, count, [i],
                    v => Single(v[0], format, scene.Frames, from, count, shown), template));
            }
            if (scene.TailFrames > 0)
            {
                var next = plan.Scenes[i + 1];
                var nextVisual = visuals[i + 1];
                var overlap = scene.TailFrames;
                var shown = captions.For(scene.EndFrame - overlap, overlap);
                // An unchanging picture looks the same at any point of its scene, so its length is left out: a text edit that
                // lengthens a scene of stills leaves both its transitions in the cache (a moving one or a clip is keyed by it).
                var key = SegmentCache.Key(new
                {
                    piece = "transition", plan.Transition, a = visual.Identity, aFrames = Unchanging(visual) ? 0 : scene.Frames,
                    b = nextVisual.Identity, bFrames = Unchanging(nextVisual) ? 0 : next.Frames, overlap, encoding, captions = BurnedCaptions.Identity(shown),
                });
                pieces.Add(new Piece("transition", $"transition {i + 1}-{i + 2}", scene.Number, key, overlap, [i, i + 1],
                    v => Transition(plan.Transition, v[0], scene.Frames, v[1], next.Frames, overlap, format, shown)));
            }
        }
        return pieces;
    }

    /// <summary>Whether every frame of the scene is the same picture (no clip, no motion, no moving look), wherever in the scene it falls.</summary>
    private static bool Unchanging(SceneVisual visual) => visual.Kind != VisualKind.Clip && !visual.Moves;

    /// <summary>
    /// A scene's body as pieces of whole intervals, so a long scene renders on every core (an edited
    /// 20 s scene no longer waits on one). For a still body the interval is the keyframe interval, cut
    /// where one encode would put a keyframe anyway, so the pieces cost no extra keyframes. A remainder
    /// under half an interval stays with the piece before it. Parts are numbered from 1 when there is
    /// more than one (0: the body is one piece).
    /// </summary>
    internal static IEnumerable<(int From, int Count, int Part)> BodyChunks(int head, int body, int interval, bool mergeRemainder = true)
    {
        var chunks = new List<(int From, int Count)>();
        for (var offset = 0; offset < body; offset += interval)
        {
            var count = Math.Min(interval, body - offset);
            if (mergeRemainder && chunks.Count > 0 && count < interval / 2)
            {
                chunks[^1] = (chunks[^1].From, chunks[^1].Count + count);
                break;
            }
            chunks.Add((head + offset, count));
        }
        return chunks.Select((c, i) => (c.From, c.Count, chunks.Count == 1 ? 0 : i + 1));
    }

    private VideoGraph Single(SceneVisual visual, FrameFormat format, int sceneFrames, int from, int count, IReadOnlyList<PieceCaption> captions)
    {
        var graph = new FilterGraph();
        var inputs = new List<string>();
        var output = BurnedCaptions.Draw(graph, sources.Add(graph, inputs, visual, format, sceneFrames, from, count), captions, options.Value.FontFile);
        return new VideoGraph(inputs, graph.ToString(), output.ToString());
    }

    /// <summary>The last frames of one scene and the first of the next, blended over exactly the overlap.</summary>
    private VideoGraph Transition(string transition, SceneVisual a, int aFrames, SceneVisual b, int bFrames, int overlap, FrameFormat format, IReadOnlyList<PieceCaption> captions)
    {
        var graph = new FilterGraph();
        var inputs = new List<string>();
        var tail = sources.Add(graph, inputs, a, format, aFrames, aFrames - overlap, overlap);
        var head = sources.Add(graph, inputs, b, format, bFrames, 0, overlap);
        var blended = transition == EpisodeFormats.FadeThroughBlack
            ? graph.Chain([tail, head], VideoFilters.Xfade("fadeblack", overlap, format.Fps), VideoFilters.Yuv420())
            : graph.Chain([tail, graph.Chain(head, VideoFilters.FadingIn(overlap, format.Fps))], VideoFilters.OverlayInPlace(), VideoFilters.Yuv420());
        var output = BurnedCaptions.Draw(graph, blended, captions, options.Value.FontFile);
        return new VideoGraph(inputs, graph.ToString(), output.ToString());
    }

    internal static string Reason(ProcessFailedException ex)
    {
        var lines = ex.StandardErrorTail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? $"ffmpeg exited with code {ex.ExitCode}" : string.Join(" | ", lines.TakeLast(3));
    }

}
